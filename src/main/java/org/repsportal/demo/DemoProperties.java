package org.repsportal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled {@code auto} seeds the demo program only on the embedded database; {@code true} or
 *                {@code false} decide outright. Seeding happens only into an empty database.
 * @param scale   about how many Reps the demo program has
 */
@ConfigurationProperties("portal.demo")
record DemoProperties(@DefaultValue("auto") String enabled, @DefaultValue("60") int scale) {

    boolean seeds(boolean embeddedDatabase) {
        return switch (enabled.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embeddedDatabase;
        };
    }
}
