package org.repsportal.tasks;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Opens and closes tasks when other modules say work is needed or done. */
@Component
class TaskEventListeners {

    private final Tasks tasks;

    TaskEventListeners(Tasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(TaskRequested request) {
        tasks.open(request);
    }

    @ApplicationModuleListener
    void on(TaskWorkDone done) {
        tasks.workDone(done);
    }
}
