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
import org.springframework.stereotype.Component;

/** The mail about emerging-leader nominations, queued in the transaction of the change that causes it. */
@Component
class LeaderNominationMail {

    private final Outbox outbox;
    private final People people;
    private final Texts texts;
    private final PortalLinks links;

    LeaderNominationMail(Outbox outbox, People people, Texts texts, PortalLinks links) {
        this.outbox = outbox;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    /** The Council hears of a nomination (without the nominee's name: a link to the pipeline). */
    void nominationReceived(LeaderNomination nomination) {
        String link = links.to("/council/nominations/" + nomination.getId());
        var mails = new ArrayList<Mail>();
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);
        Map<Long, Texts> in = texts.forPeople(council.stream().map(PersonSummary::id).toList());
        for (PersonSummary member : council) {
            if (member.id() != nomination.getNomineeId() && member.id() != nomination.getNominatedBy()) {
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, in.get(member.id()).get("council.mail.nominated.subject"),
                        in.get(member.id()).get("council.mail.nominated.body", link)));
            }
        }
        outbox.queueAll(mails);
    }

    /** The nominee learns of their nomination, when the Council decides to tell them. */
    void tellNominee(LeaderNomination nomination, String mentorName, long toldBy) {
        Texts texts = this.texts.forPerson(nomination.getNomineeId());
        outbox.queue(Mail.to(nomination.getNomineeId(), MailCategory.COUNCIL, texts.get("council.mail.nominee.subject"),
                texts.get("council.mail.nominee.body", mentorName)).replyTo(toldBy));
    }

}
