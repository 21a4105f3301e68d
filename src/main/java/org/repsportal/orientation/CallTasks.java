package org.repsportal.orientation;

import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Recording an invitee's attendance closes their task for the call, in the transaction of the record. */
@Component
class CallTasks {

    private final ApplicationEventPublisher events;

    CallTasks(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(CallAttendanceRecorded recorded) {
        events.publishEvent(new TaskWorkDone(OrientationCalls.taskRef(recorded.callId(), recorded.personId()),
                recorded.attended() ? "attended" : "did not attend"));
    }
}
