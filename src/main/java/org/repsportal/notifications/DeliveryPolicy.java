package org.repsportal.notifications;

import org.repsportal.people.PersonStatus;

/**
 * How a mail reaches its recipient: as they chose for its category, except that mail which may not be turned
 * off or bundled goes out at once, and a deactivated person gets account mail only.
 */
final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    static Delivery deliveryOf(MailCategory category, Delivery chosen, PersonStatus recipientStatus) {
        if (recipientStatus == PersonStatus.DEACTIVATED && category.mayBeTurnedOff()) {
            return Delivery.OFF;
        }
        if (chosen == null || !category.allows(chosen)) {
            return Delivery.IMMEDIATELY;
        }
        return chosen;
    }
}
