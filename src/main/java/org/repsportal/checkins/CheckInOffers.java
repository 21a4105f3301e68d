package org.repsportal.checkins;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.mentorship.MentorReassigned;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a change of mentor takes effect, the former mentor's check-ins still to come with the mentee are offered to
 * the new mentor: each is a task on their dashboard and a mail with the link, until they take it over or let it
 * go (or its time comes); then the mentee and the former mentor are told what became of it.
 */
@Component
class CheckInOffers {

    private final CheckIns checkIns;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final PortalLinks links;
    private final CheckInRepository repository;
    private final CheckInInvitations invitations;

    CheckInOffers(CheckIns checkIns, People people, Outbox outbox, Texts texts, ApplicationEventPublisher events,
                  PortalLinks links, CheckInRepository repository, CheckInInvitations invitations) {
        this.repository = repository;
        this.invitations = invitations;
        this.checkIns = checkIns;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.links = links;
    }

    static String sourceRef(long checkInId) {
        return "checkin:" + checkInId + ":offer";
    }

    @ApplicationModuleListener
    void on(MentorReassigned reassigned) {
        if (reassigned.fromMentorId() == null) {
            return;
        }
        List<CheckIn> offered = checkIns.offerToNewMentor(reassigned.menteeId(), reassigned.fromMentorId(),
                reassigned.toMentorId());
        if (offered.isEmpty()) {
            return;
        }
        Map<Long, PersonSummary> names = people.summaries(List.of(reassigned.menteeId(), reassigned.fromMentorId()));
        String mentee = names.get(reassigned.menteeId()).displayName();
        String former = names.get(reassigned.fromMentorId()).displayName();
        var mails = new ArrayList<Mail>();
        Texts in = texts.forPerson(reassigned.toMentorId());
        for (CheckIn checkIn : offered) {
            String when = texts.inZone(checkIn.getTimeZone()).at(checkIn.getScheduledAt(), checkIn.getTimeZone());
            events.publishEvent(new TaskRequested(TaskType.CHECK_IN_DUE, TaskTitle.of("checkin.offer.task", mentee, when),
                    reassigned.menteeId(), reassigned.toMentorId(), TaskPriority.NORMAL,
                    checkIn.getScheduledAt().atZone(ZoneId.of(checkIn.getTimeZone())).toLocalDate(), sourceRef(checkIn.getId()),
                    Set.of()));
            mails.add(Mail.to(reassigned.toMentorId(), MailCategory.MENTORSHIP, in.get("checkin.offer.mail.subject", mentee),
                    in.get("checkin.offer.mail.body", mentee, former,
                            in.at(checkIn.getScheduledAt(), checkIn.getTimeZone()), links.to("/checkins/" + checkIn.getId()))));
        }
        outbox.queueAll(mails);
    }

    @ApplicationModuleListener
    void on(CheckInOfferAnswered answered) {
        events.publishEvent(new TaskWorkDone(sourceRef(answered.checkInId()),
                answered.takenOver() ? "taken over" : "cancelled"));
        Map<Long, PersonSummary> names = people.summaries(List.of(answered.menteeId(), answered.formerMentorId(),
                answered.newMentorId()));
        String mentee = names.get(answered.menteeId()).displayName();
        String former = names.get(answered.formerMentorId()).displayName();
        String newMentor = names.get(answered.newMentorId()).displayName();
        String link = links.to("/checkins/" + answered.checkInId());
        Map<Long, Texts> in = texts.forPeople(List.of(answered.menteeId(), answered.formerMentorId()));
        Mail toMentee = answerMail(in.get(answered.menteeId()), answered, answered.menteeId(), mentee, former, newMentor,
                link).replyTo(answered.newMentorId());
        var checkIn = repository.findById(answered.checkInId());
        if (checkIn.isPresent()) {
            // the mentee's calendar follows: the same invitation from the new mentor, or its cancellation
            var menteePerson = people.get(answered.menteeId());
            var organizer = people.get(answered.takenOver() ? answered.newMentorId() : answered.formerMentorId());
            Texts menteeTexts = in.get(answered.menteeId());
            toMentee = toMentee.attach(answered.takenOver()
                    ? invitations.invitation(checkIn.get(), answered.scheduledAt(), checkIn.get().getSequence(), organizer,
                            menteePerson, menteeTexts)
                    : invitations.cancellation(checkIn.get(), answered.scheduledAt(), checkIn.get().getSequence(), organizer,
                            menteePerson, menteeTexts));
        }
        outbox.queueAll(List.of(toMentee,
                answerMail(in.get(answered.formerMentorId()), answered, answered.formerMentorId(), mentee, former, newMentor,
                        link)));
    }

    private static Mail answerMail(Texts texts, CheckInOfferAnswered answered, long to, String mentee, String former,
                                   String newMentor, String link) {
        String when = texts.at(answered.scheduledAt(), answered.timeZone());
        String subject = answered.takenOver() ? texts.get("checkin.offer.taken.subject", when, newMentor)
                : texts.get("checkin.offer.cancelled.subject", when);
        String body = answered.takenOver() ? texts.get("checkin.offer.taken.body", mentee, former, when, newMentor, link)
                : texts.get("checkin.offer.cancelled.body", mentee, former, when, newMentor);
        return Mail.to(to, MailCategory.MENTORSHIP, subject, body);
    }
}
