package org.repsportal.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.MailReach;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Email mentees": one mail to each chosen current mentee with the mentor as Reply-To, and one copy to the
 * mentor naming who got it. Anyone who is not the sender's current mentee makes the whole message refused.
 */
@Service
class MenteeMessages {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;

    private final Mentorships mentorships;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;

    MenteeMessages(Mentorships mentorships, People people, Outbox outbox, Texts texts) {
        this.mentorships = mentorships;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Queues the message and returns whom it reaches: who of the mentees will not get it and why, who is away. */
    @Transactional
    public MailReach send(Actor mentor, MenteeMessage message) {
        var problems = new ArrayList<FieldProblem>();
        if (message.subject() == null || message.subject().isBlank()) {
            problems.add(new FieldProblem("subject", "mentees.message.subject.required"));
        } else if (message.subject().length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "mentees.message.subject.long"));
        }
        if (message.body() == null || message.body().isBlank()) {
            problems.add(new FieldProblem("body", "mentees.message.body.required"));
        } else if (message.body().length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "mentees.message.body.long"));
        }
        List<Long> current = mentorships.currentMenteeIds(mentor.personId());
        List<Long> recipients = message.allMentees() ? current : message.to() == null ? List.of() : List.copyOf(new HashSet<>(message.to()));
        if (!current.containsAll(recipients)) {
            throw new ForbiddenException("policy.mentees.message.only-mentees");
        }
        if (recipients.isEmpty()) {
            problems.add(new FieldProblem("to", "mentees.message.to.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var mails = new ArrayList<Mail>();
        for (long mentee : recipients) {
            mails.add(Mail.to(mentee, MailCategory.MENTEE_MESSAGES, message.subject(), message.body()).writtenBy(mentor.personId()));
        }
        String names = String.join(", ", people.summariesInOrder(recipients).stream().map(s -> s.displayName()).toList());
        mails.add(Mail.to(mentor.personId(), MailCategory.MENTEE_MESSAGES, message.subject(),
                texts.forPerson(mentor.personId()).get("mentees.message.copy", names) + "\n\n" + message.body()));
        return outbox.queueAll(mails);
    }
}
