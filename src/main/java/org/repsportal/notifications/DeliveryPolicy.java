package org.repsportal.notifications;

import org.repsportal.people.PersonStatus;

/**
 * How a mail reaches its recipient: as they chose for its category, except that mail which may not be turned
 * off or bundled goes out at once; a deactivated person gets account mail only; alumni get no mail that other
 * members write through the portal (they left the program; the portal's own mail still reaches them); an erased
 * person gets none. A mail that will not go out names its {@link MailReach.Reason}, which the sender is told.
 */
final class DeliveryPolicy {

    /** The delivery of one mail, and why it is off when it is. */
    record Decision(Delivery delivery, MailReach.Reason reason) {

        boolean delivered() {
            return delivery != Delivery.OFF;
        }
    }

    private DeliveryPolicy() {
    }

    static Delivery deliveryOf(MailCategory category, Delivery chosen, PersonStatus recipientStatus) {
        return decide(category, chosen, recipientStatus, false).delivery();
    }

    static Decision decide(MailCategory category, Delivery chosen, PersonStatus recipientStatus, boolean writtenByMember) {
        if (recipientStatus == PersonStatus.ERASED) {
            return new Decision(Delivery.OFF, MailReach.Reason.ERASED);
        }
        if (recipientStatus == PersonStatus.DEACTIVATED && category.mayBeTurnedOff()) {
            return new Decision(Delivery.OFF, MailReach.Reason.DEACTIVATED);
        }
        if (recipientStatus == PersonStatus.ALUMNI && writtenByMember && category.mayBeTurnedOff()) {
            return new Decision(Delivery.OFF, MailReach.Reason.ALUMNI);
        }
        if (chosen == null || !category.allows(chosen)) {
            return new Decision(Delivery.IMMEDIATELY, null);
        }
        return new Decision(chosen, chosen == Delivery.OFF ? MailReach.Reason.TURNED_OFF : null);
    }
}
