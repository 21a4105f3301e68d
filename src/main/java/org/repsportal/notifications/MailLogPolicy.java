package org.repsportal.notifications;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who reads the mail log: Admins, who run the portal. Admins have no automatic access to confidential
 * cases: of Council mail and of the mentors' board's mail the log shows an Admin only the category and the
 * time — subject, recipient, reply-to and text only to an Admin who received it, or who is on the Council
 * (Council mail) or may use the board (board mail).
 */
final class MailLogPolicy {

    private MailLogPolicy() {
    }

    static Decision mayRead(Actor actor) {
        return actor.has(Role.ADMIN) ? Decision.allow() : Decision.refuse("policy.notifications.mailLog.adminsOnly");
    }

    static boolean mayReadDetails(Actor actor, MailCategory category, long recipientId) {
        return switch (category) {
            case COUNCIL -> actor.has(Role.COUNCIL) || actor.is(recipientId);
            case MENTORS_BOARD -> actor.has(Role.COUNCIL) || actor.has(Role.MENTOR) || actor.is(recipientId);
            default -> true;
        };
    }
}
