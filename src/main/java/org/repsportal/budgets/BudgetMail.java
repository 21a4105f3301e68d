package org.repsportal.budgets;

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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Decisions are mailed to the Rep and the mentor with the reason; an extended vote reminds those who have not voted. */
@Component
class BudgetMail {

    private final Outbox outbox;
    private final People people;
    private final Texts texts;
    private final PortalLinks links;

    BudgetMail(Outbox outbox, People people, Texts texts, PortalLinks links) {
        this.outbox = outbox;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(BudgetDecided decided) {
        String url = links.to("/budgets/" + decided.requestId());
        var recipients = new ArrayList<Long>();
        recipients.add(decided.requesterId());
        if (decided.mentorId() != null) {
            recipients.add(decided.mentorId());
        }
        Map<Long, Texts> in = texts.forPeople(recipients);
        var mails = new ArrayList<Mail>();
        for (long id : recipients) {
            Texts texts = in.get(id);
            String outcome = texts.get("budget.outcome." + decided.outcome());
            mails.add(Mail.to(id, MailCategory.BUDGET_REVIEW, texts.get("budget.mail.decided.subject", decided.eventName(), outcome),
                    texts.get("budget.mail.decided.body", decided.eventName(), outcome,
                            decided.amount() == null ? "—" : decided.amount() + " " + decided.currency(), decided.reason(), url)));
        }
        outbox.queueAll(mails);
    }

    @ApplicationModuleListener
    void on(VoteExtended extended) {
        String url = links.to("/budgets/" + extended.requestId());
        List<Long> recipients = people.activeWithRole(Role.COUNCIL).stream()
                .map(PersonSummary::id)
                .filter(id -> !extended.voterIds().contains(id) && id != extended.requesterId()
                        && !id.equals(extended.mentorId()))
                .toList();
        Map<Long, Texts> in = texts.forPeople(recipients);
        List<Mail> mails = recipients.stream()
                .map(id -> Mail.to(id, MailCategory.BUDGET_REVIEW, in.get(id).get("budget.mail.extended.subject", extended.eventName()),
                        in.get(id).get("budget.mail.extended.body", extended.eventName(), url)))
                .toList();
        outbox.queueAll(mails);
    }
    /** Day 0: every Council member who may vote hears that the discussion is open, and when voting begins and ends. */
    @ApplicationModuleListener
    void on(CouncilDiscussionOpened opened) {
        String url = links.to("/budgets/" + opened.requestId() + "#discussion");
        List<Long> recipients = deciders(opened.requesterId(), opened.mentorId());
        Map<Long, Texts> in = texts.forPeople(recipients);
        outbox.queueAll(recipients.stream()
                .map(id -> Mail.to(id, MailCategory.BUDGET_REVIEW, in.get(id).get("budget.mail.discussion.subject", opened.eventName()),
                        in.get(id).get("budget.mail.discussion.body", opened.eventName(), day(opened.votingStartsAt()),
                                day(opened.voteEndsAt()), url)))
                .toList());
    }

    /** Day 3: the voting days begin; every Council member who may vote is asked to. */
    @ApplicationModuleListener
    void on(CouncilVotingOpened opened) {
        String url = links.to("/budgets/" + opened.requestId());
        List<Long> recipients = deciders(opened.requesterId(), opened.mentorId());
        Map<Long, Texts> in = texts.forPeople(recipients);
        outbox.queueAll(recipients.stream()
                .map(id -> Mail.to(id, MailCategory.BUDGET_REVIEW, in.get(id).get("budget.mail.voting.subject", opened.eventName()),
                        in.get(id).get("budget.mail.voting.body", opened.eventName(), day(opened.voteEndsAt()), url)))
                .toList());
    }

    private List<Long> deciders(long requesterId, Long mentorId) {
        return people.activeWithRole(Role.COUNCIL).stream().map(PersonSummary::id)
                .filter(id -> id != requesterId && !id.equals(mentorId)).toList();
    }

    private static String day(java.time.Instant at) {
        return at == null ? "—" : java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).toString();
    }
}
