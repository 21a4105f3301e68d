package org.repsportal.leaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mail about emerging-leader nominations, queued in the transaction of the change that causes it (the
 * listeners run as the event is published).
 */
@Component
class LeaderNominationMail {

    private final Outbox outbox;
    private final People people;
    private final Texts texts;
    private final PortalLinks links;
    private final LeaderNominationRepository nominations;

    LeaderNominationMail(Outbox outbox, People people, Texts texts, PortalLinks links, LeaderNominationRepository nominations) {
        this.nominations = nominations;
        this.outbox = outbox;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    /** The Council hears of a nomination (without the nominee's name: a link to the pipeline). */
    @EventListener
    void on(EmergingLeaderNominated nomination) {
        String link = links.to("/council/nominations/" + nomination.nominationId());
        var mails = new ArrayList<Mail>();
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);
        Map<Long, Texts> in = texts.forPeople(council.stream().map(PersonSummary::id).toList());
        for (PersonSummary member : council) {
            if (member.id() != nomination.nomineeId() && member.id() != nomination.nominatedBy()) {
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, in.get(member.id()).get("council.mail.nominated.subject"),
                        in.get(member.id()).get("council.mail.nominated.body", link)));
            }
        }
        outbox.queueAll(mails);
    }

    /** The nominee learns of their nomination, when the Council decides to tell them. */
    @EventListener
    void on(NomineeTold told) {
        long mentorId = nominations.findById(told.nominationId()).orElseThrow().getNominatedBy();
        String mentorName = people.summaries(List.of(mentorId)).get(mentorId).displayName();
        Texts texts = this.texts.forPerson(told.nomineeId());
        outbox.queue(Mail.to(told.nomineeId(), MailCategory.COUNCIL, texts.get("council.mail.nominee.subject"),
                texts.get("council.mail.nominee.body", mentorName)).replyTo(told.byPersonId()));
    }

}
