package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.repsportal.people.People;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each follow-up action agreed in a check-in becomes a task for the mentor about the mentee, requested in the
 * transaction of the notes.
 */
@Component
class FollowUpTasks {

    private final People people;
    private final CheckInsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpTasks(People people, CheckInsProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(FollowUpsAgreed agreed) {
        LocalDate today = LocalDate.now(clock);
        String mentee = people.get(agreed.menteeId()).getDisplayName();
        for (int i = 0; i < agreed.actions().size(); i++) {
            events.publishEvent(new TaskRequested(TaskType.FOLLOW_UP,
                    TaskTitle.of("checkin.followUp.task", agreed.actions().get(i), mentee),
                    agreed.menteeId(), agreed.mentorId(), TaskPriority.NORMAL,
                    today.plusDays(properties.followUpDue().toDays()),
                    "checkin:" + agreed.checkInId() + ":follow-up:" + (agreed.firstNumber() + i), Set.of(agreed.menteeId())));
        }
    }
}
