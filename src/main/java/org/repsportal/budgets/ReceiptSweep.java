package org.repsportal.budgets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily receipts sweep: granted budgets whose event is over start waiting for receipts; the Rep is reminded
 * at one and two months; at three months the receipts are overdue and the Rep and the mentor each get a task.
 */
@Component
class ReceiptSweep {

    private final BudgetRequestRepository requests;
    private final BudgetsProperties properties;
    private final Budgets budgets;
    private final Outbox outbox;
    private final ApplicationEventPublisher publisher;
    private final Texts texts;
    private final Clock clock;
    private final PortalLinks links;

    ReceiptSweep(BudgetRequestRepository requests, BudgetsProperties properties, Budgets budgets, Outbox outbox,
                 ApplicationEventPublisher publisher, Texts texts, Clock clock, PortalLinks links) {
        this.requests = requests;
        this.properties = properties;
        this.budgets = budgets;
        this.outbox = outbox;
        this.publisher = publisher;
        this.texts = texts;
        this.clock = clock;
        this.links = links;
    }

    @Transactional
    void sweep(LocalDate today) {
        for (BudgetRequest r : requests.findByStateIn(List.of(BudgetState.APPROVED, BudgetState.PARTLY_APPROVED))) {
            if (today.isAfter(r.getEventEndsOn())) {
                r.awaitReceipts(today, clock.instant());
            }
        }
        for (BudgetRequest r : requests.findByState(BudgetState.WAITING_RECEIPTS)) {
            String event = budgets.eventName(r);
            String url = links.to("/budgets/" + r.getId());
            if (r.getReceiptsReminded() < 3 && !today.isBefore(r.getEventEndsOn().plusDays(properties.receiptsOverdue().toDays()))) {
                r.remindedOfReceipts(3);
                LocalDate due = today.plusDays(7);
                publisher.publishEvent(new TaskRequested(TaskType.RECEIPTS_OVERDUE, TaskTitle.of("budget.task.overdue", event),
                        r.getRequesterId(), r.getRequesterId(), TaskPriority.MAJOR, due, overdueRef(r.getId(), r.getRequesterId()), Set.of()));
                if (r.getMentorId() != null) {
                    publisher.publishEvent(new TaskRequested(TaskType.RECEIPTS_OVERDUE, TaskTitle.of("budget.task.overdueMentor", event),
                            r.getRequesterId(), r.getMentorId(), TaskPriority.NORMAL, due, overdueRef(r.getId(), r.getMentorId()), Set.of()));
                }
            } else if (r.getReceiptsReminded() < 2 && !today.isBefore(r.getEventEndsOn().plusDays(properties.secondReceiptReminder().toDays()))) {
                r.remindedOfReceipts(2);
                remind(r, event, url);
            } else if (r.getReceiptsReminded() < 1 && !today.isBefore(r.getEventEndsOn().plusDays(properties.firstReceiptReminder().toDays()))) {
                r.remindedOfReceipts(1);
                remind(r, event, url);
            }
        }
    }

    private void remind(BudgetRequest r, String event, String url) {
        Texts texts = this.texts.forPerson(r.getRequesterId());
        outbox.queue(Mail.to(r.getRequesterId(), MailCategory.BUDGET_REVIEW, texts.get("budget.mail.receipts.subject", event),
                texts.get("budget.mail.receipts.body", event, r.getEventEndsOn().plusDays(properties.receiptsOverdue().toDays()), url)));
    }

    static String overdueRef(long requestId, long personId) {
        return "budget:" + requestId + ":receipts-overdue:" + personId;
    }
}
