package org.repsportal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    /** Every module and the modules it may depend on: a new dependency is a decision, made here. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("people", Set.of("platform")),
            Map.entry("mentorship", Set.of("availability", "notifications", "people", "platform", "tasks")),
            Map.entry("identity", Set.of("notifications", "people", "platform")),
            Map.entry("notifications", Set.of("people", "platform")),
            Map.entry("calendar", Set.of("people", "platform")),
            Map.entry("tasks", Set.of("calendar", "notifications", "people", "platform")),
            Map.entry("reports", Set.of("mentorship", "notifications", "people", "platform", "tasks")),
            Map.entry("dashboard", Set.of("mentorship", "notifications", "people", "platform", "reports", "tasks")),
            Map.entry("checkins", Set.of("calendar", "dashboard", "mentorship", "notifications", "people",
                    "platform", "tasks")),
            Map.entry("library", Set.of("notifications", "people", "platform")),
            Map.entry("orientation", Set.of("calendar", "checkins", "library", "mentorship", "notifications",
                    "people", "platform", "tasks")),
            Map.entry("concerns", Set.of("mentorship", "notifications", "people", "platform")),
            Map.entry("leaders", Set.of("mentorship", "notifications", "people", "platform")),
            Map.entry("board", Set.of("notifications", "people", "platform")),
            Map.entry("roster", Set.of("mentorship", "people", "platform")),
            Map.entry("availability", Set.of("calendar", "notifications", "people", "platform", "tasks")),
            Map.entry("events", Set.of("calendar", "notifications", "people", "platform", "reports")),
            Map.entry("budgets", Set.of("events", "mentorship", "notifications", "people", "platform", "reports",
                    "tasks")),
            Map.entry("applications", Set.of("calendar", "dashboard", "identity", "mentorship", "notifications", "people",
                    "platform", "tasks")),
            Map.entry("feedback", Set.of("mentorship", "notifications", "people", "platform", "tasks")),
            Map.entry("demo", Set.of("applications", "availability", "board", "budgets", "checkins", "concerns", "events",
                    "feedback", "identity", "leaders", "library", "mentorship", "orientation", "people", "reports", "tasks")));

    private final ApplicationModules modules = ApplicationModules.of(RepsPortalApplication.class);

    @Test
    void modulesOnlyReachEachOtherThroughTheirPublishedApisWithoutCycles() {
        Violations violations = modules.detectViolations();

        assertThat(violations.getMessages()).isEmpty();
    }

    @Test
    void everyModuleIsKnownByName() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()).toList())
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachModuleDependsOnlyOnTheModulesItIsAllowedTo() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ApplicationModule module : modules) {
            Set<String> targets = new TreeSet<>();
            module.getDirectDependencies(modules).uniqueModules()
                    .map(target -> target.getIdentifier().toString())
                    .filter(target -> !target.equals(module.getIdentifier().toString()))
                    .forEach(targets::add);
            actual.put(module.getIdentifier().toString(), targets);
        }

        assertThat(actual).allSatisfy((module, targets) -> assertThat(ALLOWED.get(module))
                .as("%s may depend on", module).containsAll(targets));
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();

        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
