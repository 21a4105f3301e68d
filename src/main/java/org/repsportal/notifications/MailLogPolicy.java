package org.repsportal.notifications;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who reads the mail log: Admins, who run the portal. Admins have no automatic access to confidential
 * cases, so the text of Council mail is shown only to an Admin who is on the Council or received it.
 */
final class MailLogPolicy {

    private MailLogPolicy() {
    }

    static Decision mayRead(Actor actor) {
        return actor.has(Role.ADMIN) ? Decision.allow() : Decision.refuse("policy.notifications.mailLog.adminsOnly");
    }

    static boolean mayReadBody(Actor actor, MailCategory category, long recipientId) {
        return category != MailCategory.COUNCIL || actor.has(Role.COUNCIL) || actor.is(recipientId);
    }
}
