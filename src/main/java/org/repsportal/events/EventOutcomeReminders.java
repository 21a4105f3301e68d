package org.repsportal.events;

import java.time.LocalDate;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day after an event, its owner is asked to record the actual attendance and each metric's outcome. A run that
 * was missed (the portal down, the job late) is caught up: every event that ended since {@link #CATCH_UP_DAYS} days
 * and was never reminded is, once, at most {@link #BATCH} a run.
 */
@Component
class EventOutcomeReminders {

    static final int CATCH_UP_DAYS = 14;
    static final int BATCH = 200;

    private final EventRepository events;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    EventOutcomeReminders(EventRepository events, Outbox outbox, Texts texts, PortalLinks links) {
        this.events = events;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    /** Reminds the owners of events that ended before {@code today} (within the catch-up days), once each; returns how many. */
    @Transactional
    int remind(LocalDate today) {
        int sent = 0;
        var due = events.endedWithoutOutcomes(today.minusDays(CATCH_UP_DAYS), today.minusDays(1),
                org.springframework.data.domain.PageRequest.of(0, BATCH));
        for (Event event : events.findAllById(due)) {
            Texts in = texts.forPerson(event.getOwnerId());
            outbox.queue(Mail.to(event.getOwnerId(), MailCategory.REMINDERS,
                    in.get("event.reminder.subject", event.getName()),
                    in.get("event.reminder.body", event.getName(), links.to("/events/" + event.getId()) + "/outcomes")));
            event.markReminded(today);
            sent++;
        }
        return sent;
    }
}
