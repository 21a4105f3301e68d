package org.repsportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RepsPortalApplication.class);

    @Test
    void modulesOnlyReachEachOtherThroughTheirPublishedApis() {
        modules.verify();
    }

    @Test
    void theFeatureModulesAreThereByName() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "people", "mentorship", "identity", "demo", "notifications");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
