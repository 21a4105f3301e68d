package org.repsportal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalLinksTests {

    @Test
    void anAddressWithoutATrailingSlashGetsOneSlashBeforeThePath() {
        PortalLinks links = new PortalLinks("http://x");

        assertThat(links.to("/checkins/7")).isEqualTo("http://x/checkins/7");
        assertThat(links.to("checkins/7")).isEqualTo("http://x/checkins/7");
    }

    @Test
    void anAddressWithATrailingSlashNeverGivesADoubleSlash() {
        PortalLinks links = new PortalLinks("http://x/");

        assertThat(links.to("/checkins/7")).isEqualTo("http://x/checkins/7");
        assertThat(links.to("checkins/7")).isEqualTo("http://x/checkins/7");
    }

    @Test
    void anAddressWithABasePathKeepsItWithOrWithoutTheTrailingSlash() {
        assertThat(new PortalLinks("http://x/base/").to("/checkins/7")).isEqualTo("http://x/base/checkins/7");
        assertThat(new PortalLinks("http://x/base/").to("checkins/7")).isEqualTo("http://x/base/checkins/7");
        assertThat(new PortalLinks("http://x/base").to("/checkins/7")).isEqualTo("http://x/base/checkins/7");
        assertThat(new PortalLinks("http://x/base//").to("/checkins/7")).isEqualTo("http://x/base/checkins/7");
    }

    @Test
    void aQueryStringIsKeptAsWritten() {
        assertThat(new PortalLinks("http://x/").to("/checkins/new?mentee=42&from=mail"))
                .isEqualTo("http://x/checkins/new?mentee=42&from=mail");
        assertThat(new PortalLinks("http://x/base").to("checkins/new?mentee=42"))
                .isEqualTo("http://x/base/checkins/new?mentee=42");
    }

    @Test
    void surroundingWhitespaceOfTheConfiguredAddressIsIgnored() {
        assertThat(new PortalLinks(" http://x/ \n").to("/dashboard")).isEqualTo("http://x/dashboard");
    }

    @Test
    void anAddressThatIsNoUriIsRefusedAtStart() {
        assertThatThrownBy(() -> new PortalLinks("http://x y/")).isInstanceOf(IllegalArgumentException.class);
    }
}
