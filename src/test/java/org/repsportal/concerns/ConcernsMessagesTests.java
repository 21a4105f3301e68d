package org.repsportal.concerns;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every category, state and audit action the pages name has its text in the concerns bundle. */
class ConcernsMessagesTests {

    @Test
    void everyCategoryStateAndAuditActionHasItsText() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/concerns.properties")) {
            bundle.load(in);
        }
        for (ConcernCategory category : ConcernCategory.values()) {
            assertThat(bundle).containsKeys("council.category." + category.name(), "council.category." + category.name() + ".hint");
        }
        for (ConcernState state : ConcernState.values()) {
            assertThat(bundle).containsKey("council.state." + state.name());
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(bundle).containsKey("council.audit.action." + action.name());
        }
        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key))
                .as("%s: apostrophes are doubled for MessageFormat", key).doesNotContainPattern("(?<!')'(?!')"));
    }
}
