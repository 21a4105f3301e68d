package org.repsportal.tasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens and closes tasks when other modules say work is needed or done. */
@Component
class TaskEventListeners {

    /** Closing a task another listener changed at the same moment is tried again on the task as it now stands. */
    static final int ATTEMPTS = 3;

    private final Tasks tasks;
    private final TransactionTemplate attempt;

    TaskEventListeners(Tasks tasks, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.attempt = new TransactionTemplate(transactions);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(TaskRequested request) {
        tasks.open(request);
    }

    @ApplicationModuleListener
    void on(TaskWorkDone done) {
        for (int i = 1; ; i++) {
            try {
                attempt.executeWithoutResult(status -> tasks.workDone(done));
                return;
            } catch (OptimisticLockingFailureException e) {
                if (i == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
