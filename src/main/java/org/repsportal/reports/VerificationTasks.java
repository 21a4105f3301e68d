package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A report of a verifiable activity asks the Rep's mentor (a task) to verify it within the configured time;
 * verifying it closes that task. The requests are published in the transaction of the report's change.
 */
@Component
class VerificationTasks {

    private final Catalog catalog;
    private final People people;
    private final Mentorships mentorships;
    private final ReportsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VerificationTasks(Catalog catalog, People people, Mentorships mentorships, ReportsProperties properties,
                      ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.people = people;
        this.mentorships = mentorships;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ActivityReported reported) {
        if (!reported.verifiable()) {
            return;
        }
        String activity = catalog.activityType(reported.activityCode()).orElseThrow().name();
        LocalDate today = LocalDate.now(clock);
        mentorships.currentMentorOf(reported.personId()).ifPresent(mentorId -> events.publishEvent(new TaskRequested(
                TaskType.ACTIVITY_VERIFICATION,
                title(activity, people.get(reported.personId()).getDisplayName(), reported.reportedOn()),
                reported.personId(), mentorId, TaskPriority.NORMAL, today.plusDays(properties.verificationDue().toDays()),
                ref(reported.reportId()), Set.of())));
    }

    @EventListener
    void on(ReportVerified verified) {
        events.publishEvent(new TaskWorkDone(ref(verified.reportId()), "verified"));
    }

    /** The title of the task that asks a mentor to verify an activity. */
    static TaskTitle title(String activity, String rep, LocalDate on) {
        return TaskTitle.of("report.verify.task", activity, rep, on.toString());
    }

    private static String ref(long reportId) {
        return "report:" + reportId + ":verify";
    }
}
