package org.repsportal.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.repsportal.people.PersonStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MailCategoryTests {

    @Test
    void eachCategoryHasItsOwnListIdOnTheConfiguredDomain() {
        assertThat(MailCategory.MENTEE_ACTIVITY.listId("reps-portal.example.org"))
                .isEqualTo("mentee-activity.reps-portal.example.org");
        assertThat(MailCategory.BUDGET_REVIEW.listId("reps.example.net")).isEqualTo("budget-review.reps.example.net");
        assertThat(Arrays.stream(MailCategory.values()).map(c -> c.listId("d.example")).distinct())
                .hasSize(MailCategory.values().length);
    }

    @Test
    void theSubjectPrefixNamesThePortalAndTheCategory() {
        assertThat(MailCategory.MENTEE_ACTIVITY.subjectPrefix("Reps Portal")).isEqualTo("[Reps Portal · Mentee activity]");
    }

    @Test
    void accountMailCanNeitherBeTurnedOffNorDigested() {
        assertThat(MailCategory.ACCOUNT.mayBeTurnedOff()).isFalse();
        assertThat(MailCategory.ACCOUNT.choices()).containsExactly(Delivery.IMMEDIATELY);
        assertThat(MailCategory.DIGEST.choices()).containsExactly(Delivery.IMMEDIATELY, Delivery.OFF);
        assertThat(MailCategory.REMINDERS.choices()).containsExactly(Delivery.values());
    }

    @Test
    void theRecipientsChoiceCountsUnlessTheCategoryDoesNotAllowIt() {
        assertThat(DeliveryPolicy.deliveryOf(MailCategory.TASKS, Delivery.OFF, PersonStatus.ACTIVE)).isEqualTo(Delivery.OFF);
        assertThat(DeliveryPolicy.deliveryOf(MailCategory.TASKS, Delivery.DAILY_DIGEST, PersonStatus.ACTIVE))
                .isEqualTo(Delivery.DAILY_DIGEST);
        assertThat(DeliveryPolicy.deliveryOf(MailCategory.ACCOUNT, Delivery.OFF, PersonStatus.ACTIVE))
                .isEqualTo(Delivery.IMMEDIATELY);
        assertThat(DeliveryPolicy.deliveryOf(MailCategory.DIGEST, Delivery.DAILY_DIGEST, PersonStatus.ACTIVE))
                .isEqualTo(Delivery.IMMEDIATELY);
    }

    @Test
    void aDeactivatedPersonGetsAccountMailOnly() {
        assertThat(DeliveryPolicy.deliveryOf(MailCategory.TASKS, Delivery.IMMEDIATELY, PersonStatus.DEACTIVATED))
                .isEqualTo(Delivery.OFF);
        assertThat(DeliveryPolicy.deliveryOf(MailCategory.ACCOUNT, Delivery.IMMEDIATELY, PersonStatus.DEACTIVATED))
                .isEqualTo(Delivery.IMMEDIATELY);
    }

    @Test
    void aSubjectIsOneLineSoItCannotAddHeaders() {
        Mail mail = Mail.to(1, MailCategory.TASKS, "Hello\r\nBcc: someone@example.org", "body");
        assertThat(mail.subject()).isEqualTo("Hello Bcc: someone@example.org");
    }

    @Test
    void aVeryLongSubjectIsShortened() {
        Mail mail = Mail.to(1, MailCategory.TASKS, "x".repeat(400), "body");
        assertThat(mail.subject()).hasSize(Mail.MAX_SUBJECT_LENGTH).endsWith("…");
    }

    @Test
    void aMailNeedsASubject() {
        assertThatIllegalArgumentException().isThrownBy(() -> Mail.to(1, MailCategory.TASKS, "  ", "body"));
    }

    @Test
    void theFactoriesKeepWhatWasGivenAndAddReplyToAndAttachments() {
        Mail mail = Mail.to(7, MailCategory.MENTORSHIP, "Check-in", "See you")
                .replyTo(3)
                .attach(Mail.Attachment.calendarInvitation("check-in.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        assertThat(mail.recipientId()).isEqualTo(7);
        assertThat(mail.replyToPersonId()).isEqualTo(3L);
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentType()).startsWith("text/calendar; method=REQUEST");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
        });
        assertThat(mail.forRecipient(3).recipientId()).isEqualTo(3);
    }
}
