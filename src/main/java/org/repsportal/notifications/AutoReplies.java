package org.repsportal.notifications;

import java.util.List;

/**
 * The auto-replies due for mail members write to each other through the portal: a recipient who is away
 * answers each sender once per absence. Provided by the module that holds absences; without one, nobody
 * answers.
 */
public interface AutoReplies {

    /** The auto-replies to send for these mails, each written by one member to another. */
    List<Mail> repliesTo(List<Mail> memberMail);

    /** Of these people, those away today, each with the last day of their absence. */
    default java.util.Map<Long, java.time.LocalDate> awayUntil(java.util.Collection<Long> personIds) {
        return java.util.Map.of();
    }
}
