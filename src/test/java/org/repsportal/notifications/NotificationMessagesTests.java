package org.repsportal.notifications;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every category, delivery and status the pages name has its text in the notifications bundle. */
class NotificationMessagesTests {

    @Test
    void everyCategoryDeliveryAndStatusHasItsText() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/notifications.properties")) {
            bundle.load(in);
        }
        for (MailCategory category : MailCategory.values()) {
            assertThat(bundle).containsKeys("notifications.category." + category.name(),
                    "notifications.category." + category.name() + ".help");
        }
        for (Delivery delivery : Delivery.values()) {
            assertThat(bundle).containsKey("notifications.delivery." + delivery.name());
        }
        for (MailStatus status : MailStatus.values()) {
            assertThat(bundle).containsKey("notifications.status." + status.name());
        }
    }
}
