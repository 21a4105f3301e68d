package org.repsportal.leaders;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state of a nomination has its text in the leaders bundle. */
class LeaderNominationMessagesTests {

    @Test
    void everyNominationStateHasItsTextAndApostrophesAreDoubled() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/leaders.properties")) {
            bundle.load(in);
        }
        for (LeaderNominationState state : LeaderNominationState.values()) {
            assertThat(bundle).containsKey("council.nomination.state." + state.name());
        }
        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key))
                .as("%s: apostrophes are doubled for MessageFormat", key).doesNotContainPattern("(?<!')'(?!')"));
    }
}
