package org.repsportal.orientation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

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
 * A self-nomination asks the nominee's mentor (a task) to endorse it; endorsing or declining the nomination
 * closes that task. The requests are published in the transaction of the nomination's change.
 */
@Component
class EndorsementTasks {

    static final int ENDORSEMENT_DAYS = 14;

    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EndorsementTasks(People people, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(MentorNominated nominated) {
        if (nominated.kind() == MentorNominationKind.SELF) {
            events.publishEvent(new TaskRequested(TaskType.ORIENTATION,
                    TaskTitle.of("orientation.task.endorse", people.get(nominated.personId()).getDisplayName()),
                    nominated.personId(), nominated.mentorId(), TaskPriority.NORMAL,
                    LocalDate.now(clock).plusDays(ENDORSEMENT_DAYS), ref(nominated.orientationId()), Set.of()));
        }
    }

    @EventListener
    void on(MentorNominationEndorsed endorsed) {
        events.publishEvent(new TaskWorkDone(ref(endorsed.orientationId()), "endorsed"));
    }

    @EventListener
    void on(MentorNominationDeclined declined) {
        events.publishEvent(new TaskWorkDone(ref(declined.orientationId()), "declined"));
    }

    private static String ref(long orientationId) {
        return "orientation:" + orientationId + ":endorse";
    }
}
