package org.repsportal.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPropertiesTests {

    @Test
    void automaticallySeedsOnlyTheEmbeddedDatabase() {
        var auto = new DemoProperties("auto", 60);

        assertThat(auto.seeds(true)).isTrue();
        assertThat(auto.seeds(false)).isFalse();
    }

    @Test
    void switchedOnSeedsAnExternalDatabaseToo() {
        assertThat(new DemoProperties("true", 60).seeds(false)).isTrue();
        assertThat(new DemoProperties("true", 60).seeds(true)).isTrue();
    }

    @Test
    void switchedOffNeverSeeds() {
        assertThat(new DemoProperties("false", 60).seeds(true)).isFalse();
        assertThat(new DemoProperties("false", 60).seeds(false)).isFalse();
    }

    @Test
    void theSwitchIgnoresCaseAndSurroundingSpaces() {
        assertThat(new DemoProperties(" TRUE ", 60).seeds(false)).isTrue();
        assertThat(new DemoProperties("False", 60).seeds(true)).isFalse();
    }
}
