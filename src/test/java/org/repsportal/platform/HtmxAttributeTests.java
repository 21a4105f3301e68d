package org.repsportal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx reads its attributes with a {@code data-} prefix too, and only that spelling is valid HTML: no template writes
 * a bare {@code hx-*} attribute (nor {@code th:hx-*}, nor one inside {@code th:attr}).
 */
class HtmxAttributeTests {

    private static final Pattern BARE_HTMX_ATTRIBUTE = Pattern.compile("(?<![\\w-])(th:)?hx-[a-z-]+\\s*=");

    @Test
    void everyHtmxAttributeIsWrittenWithTheDataPrefix() throws IOException {
        var bare = new ArrayList<String>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    if (BARE_HTMX_ATTRIBUTE.matcher(lines.get(i)).find()) {
                        bare.add(template + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void thePatternTellsTheSpellingsApart() {
        assertThat(BARE_HTMX_ATTRIBUTE.matcher("<form hx-get=\"/people\">").find()).isTrue();
        assertThat(BARE_HTMX_ATTRIBUTE.matcher("<input th:hx-get=\"@{/x}\">").find()).isTrue();
        assertThat(BARE_HTMX_ATTRIBUTE.matcher("th:attr=\"hx-trigger=${x}\"").find()).isTrue();
        assertThat(BARE_HTMX_ATTRIBUTE.matcher("<form data-hx-get=\"/people\" th:data-hx-swap=\"x\">").find()).isFalse();
    }
}
