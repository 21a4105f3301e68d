package org.repsportal.notifications;

import org.springframework.context.ApplicationContext;

/** Lets a test outside the module send an instance's due outbox mail, as its recurring job does. */
public final class OutboxSending {

    private OutboxSending() {
    }

    /** Sends one batch of due mail through the instance's outbox sender; how many it handled. */
    public static int sendDue(ApplicationContext instance) {
        return instance.getBean(OutboxSender.class).sendDue().handled();
    }
}
