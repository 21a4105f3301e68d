package org.repsportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules put the mail they want sent. Queuing joins the caller's transaction, so mail exists exactly
 * when the change that caused it was saved. The recipient's choice for the category decides: at once (sent by
 * the next run of the sender), held for the daily digest, or not at all (unless the category cannot be turned
 * off). Addresses and names come from the people module when the mail is queued.
 */
@Service
public class Outbox {

    private final OutboxMessages messages;
    private final MailPreferences preferences;
    private final People people;
    private final ObjectProvider<AutoReplies> autoReplies;
    private final Clock clock;

    Outbox(OutboxMessages messages, MailPreferences preferences, People people, ObjectProvider<AutoReplies> autoReplies,
           Clock clock) {
        this.autoReplies = autoReplies;
        this.messages = messages;
        this.preferences = preferences;
        this.people = people;
        this.clock = clock;
    }

    /** Queues one mail; an unknown recipient or reply-to person is a {@link org.repsportal.platform.NotFoundException}. */
    @Transactional
    public void queue(Mail mail) {
        queueAll(List.of(mail));
    }

    /** Queues mail to an address outside the program (an applicant, a referee); it is always sent at once. */
    @Transactional
    public void queueToAddress(AddressedMail mail) {
        messages.insert(new NewMessage(mail.category(), null, mail.address(), mail.name(), null, null, null,
                mail.subject(), mail.body(), MailStatus.QUEUED, clock.instant(), mail.attachments(), mail.language()));
    }

    /**
     * Queues many mails, reading everyone's choices in one query. Returns whom the mails members wrote to others
     * ({@link Mail#writtenBy}) reach: who will not get theirs and why, and who is away; the portal's own mail
     * and a member's copy to themselves count in neither.
     */
    @Transactional
    public MailReach queueAll(Collection<Mail> mails) {
        if (mails.isEmpty()) {
            return MailReach.NOBODY;
        }
        Instant now = clock.instant();
        Map<Long, Map<MailCategory, Delivery>> choices = preferences.of(mails.stream().map(Mail::recipientId).toList());
        Map<Long, Person> persons = new HashMap<>();
        var written = new LinkedHashSet<Long>();
        var missed = new ArrayList<MailReach.Missed>();
        for (Mail mail : mails) {
            Person recipient = persons.computeIfAbsent(mail.recipientId(), people::get);
            DeliveryPolicy.Decision decision = DeliveryPolicy.decide(mail.category(),
                    choices.get(mail.recipientId()).get(mail.category()), recipient.getStatus(), mail.isFromAnotherMember());
            if (mail.isFromAnotherMember() && written.add(recipient.getId()) && !decision.delivered()) {
                missed.add(new MailReach.Missed(recipient.getId(), recipient.getDisplayName(), decision.reason()));
            }
            if (!decision.delivered()) {
                continue;
            }
            Person replyTo = mail.replyToPersonId() == null ? null
                    : persons.computeIfAbsent(mail.replyToPersonId(), people::get);
            MailStatus status = decision.delivery() == Delivery.DAILY_DIGEST ? MailStatus.HELD_FOR_DIGEST : MailStatus.QUEUED;
            messages.insert(NewMessage.of(mail, recipient, replyTo, status, now));
        }
        List<Mail> memberMail = mails.stream().filter(Mail::isFromAnotherMember).toList();
        AutoReplies replies = autoReplies.getIfAvailable();
        var away = new ArrayList<MailReach.Away>();
        if (!memberMail.isEmpty() && replies != null) {
            var missing = missed.stream().map(MailReach.Missed::personId).collect(java.util.stream.Collectors.toSet());
            var reached = written.stream().filter(id -> !missing.contains(id)).toList();
            replies.awayUntil(reached).forEach((id, until) ->
                    away.add(new MailReach.Away(id, persons.get(id).getDisplayName(), until)));
            away.sort(java.util.Comparator.comparing(MailReach.Away::name));
            // auto-replies are the portal's own mail (no sender), so they raise no auto-reply in turn
            queueAll(replies.repliesTo(memberMail));
        }
        return new MailReach(written.size(), missed, away);
    }
}
