package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A change of mentor is told to the three people it concerns, each in their own language (category: mentorship):
 * the Rep, their new mentor and the mentor they had before. An assignment that replaces a mentor, an interim one, an
 * interim made permanent and the hand-back after an interim are told here; an agreed or decided change of mentor
 * (also a step-down's handover) tells them in {@link ReassignmentListeners}. A first mentor is told here too, unless
 * the path that gave it has welcomed both already (an accepted applicant's onboarding).
 */
@Component
class MentorChangeMail {

    private final MentorAssignmentRepository assignments;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    MentorChangeMail(MentorAssignmentRepository assignments, People people, Outbox outbox, Texts texts, PortalLinks links) {
        this.assignments = assignments;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(MentorAssigned assigned) {
        if (assigned.reassignmentId() != null || (assigned.previousMentorId() == null && assigned.welcomed())) {
            return;
        }
        LocalDate until = null;
        if (assigned.kind() == AssignmentKind.INTERIM) {
            until = assignments.findCurrentOf(assigned.menteeId(), assigned.on())
                    .filter(a -> a.getMentorId() == assigned.mentorId() && a.getInterimEndsOn() != null)
                    .map(a -> a.getInterimEndsOn().minusDays(1)).orElse(null);
        }
        String kind = until == null ? "" : ".interim";
        tell(assigned.menteeId(), assigned.mentorId(), assigned.previousMentorId(), "mentorship.mail.assigned", kind,
                assigned.on(), until, true);
    }

    /** The permanent mentor has their own mail with the interim's handover note ({@link Interims#handBack}). */
    @ApplicationModuleListener
    void on(MenteeHandedBack back) {
        tell(back.menteeId(), back.mentorId(), back.interimMentorId(), "mentorship.mail.handedBack", "", back.on(), null,
                false);
    }

    /**
     * One mail to each of the three: {@code <prefix>.mentee|mentor|previous<kind>.subject|body}, with the names, the
     * day and (for an interim) its last day; the previous mentor only when there was one.
     */
    private void tell(long menteeId, long mentorId, Long previousId, String prefix, String kind, LocalDate on, LocalDate until,
                      boolean tellMentor) {
        var ids = new LinkedHashSet<Long>(List.of(menteeId, mentorId));
        if (previousId != null && previousId != mentorId) {
            ids.add(previousId);
        }
        Map<Long, PersonSummary> names = people.summaries(ids);
        Map<Long, Texts> in = texts.forPeople(ids);
        String mentee = name(names, menteeId);
        String mentor = name(names, mentorId);
        String previous = previousId == null ? null : name(names, previousId);
        var mails = new ArrayList<Mail>();
        Texts t = in.getOrDefault(menteeId, texts);
        mails.add(Mail.to(menteeId, MailCategory.MENTORSHIP, t.get(prefix + ".mentee" + kind + ".subject", mentor, until),
                t.get(prefix + ".mentee" + kind + ".body", mentee, mentor, on, until,
                        previous == null ? "" : t.get(prefix + ".mentee.before", previous),
                        links.to("/people/" + menteeId + "/mentor"))).replyTo(mentorId));
        t = in.getOrDefault(mentorId, texts);
        if (tellMentor) {
            mails.add(Mail.to(mentorId, MailCategory.MENTORSHIP, t.get(prefix + ".mentor" + kind + ".subject", mentee, until),
                    t.get(prefix + ".mentor" + kind + ".body", mentor, mentee, on, until,
                            previous == null ? "" : t.get(prefix + ".mentor.before", previous),
                            links.to("/people/" + menteeId + "/mentor"))));
        }
        if (ids.contains(previousId)) {
            t = in.getOrDefault(previousId, texts);
            mails.add(Mail.to(previousId, MailCategory.MENTORSHIP, t.get(prefix + ".previous" + kind + ".subject", mentee, mentor, until),
                    t.get(prefix + ".previous" + kind + ".body", previous, mentee, mentor, on, until,
                            links.to("/people/" + menteeId))));
        }
        outbox.queueAll(mails);
    }

    private static String name(Map<Long, PersonSummary> names, long id) {
        PersonSummary s = names.get(id);
        return s == null ? String.valueOf(id) : s.displayName();
    }
}
