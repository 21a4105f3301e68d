package org.repsportal.notifications;

import org.junit.jupiter.api.Test;
import org.repsportal.people.PersonStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets which mail, and the reason given to the sender when someone will not. */
class DeliveryPolicyTests {

    @Test
    void aRecipientWhoTurnedTheCategoryOffGetsNothingAndTheReasonSaysSo() {
        var decision = DeliveryPolicy.decide(MailCategory.MENTEE_MESSAGES, Delivery.OFF, PersonStatus.ACTIVE, true);
        assertThat(decision.delivered()).isFalse();
        assertThat(decision.reason()).isEqualTo(MailReach.Reason.TURNED_OFF);
        assertThat(DeliveryPolicy.decide(MailCategory.MENTEE_MESSAGES, Delivery.DAILY_DIGEST, PersonStatus.ACTIVE, true))
                .isEqualTo(new DeliveryPolicy.Decision(Delivery.DAILY_DIGEST, null));
    }

    @Test
    void alumniGetNoMailFromMembersButThePortalsOwnStillReachesThem() {
        assertThat(DeliveryPolicy.decide(MailCategory.MENTORS_BOARD, null, PersonStatus.ALUMNI, true).reason())
                .isEqualTo(MailReach.Reason.ALUMNI);
        assertThat(DeliveryPolicy.decide(MailCategory.MENTORSHIP, null, PersonStatus.ALUMNI, false))
                .isEqualTo(new DeliveryPolicy.Decision(Delivery.IMMEDIATELY, null));
    }

    @Test
    void anErasedPersonGetsNoMailAtAllAndADeactivatedOneOnlyAccountMail() {
        assertThat(DeliveryPolicy.decide(MailCategory.ACCOUNT, null, PersonStatus.ERASED, false).reason())
                .isEqualTo(MailReach.Reason.ERASED);
        assertThat(DeliveryPolicy.decide(MailCategory.MENTEE_MESSAGES, null, PersonStatus.DEACTIVATED, true).reason())
                .isEqualTo(MailReach.Reason.DEACTIVATED);
        assertThat(DeliveryPolicy.decide(MailCategory.ACCOUNT, null, PersonStatus.DEACTIVATED, false).delivered()).isTrue();
    }
}
