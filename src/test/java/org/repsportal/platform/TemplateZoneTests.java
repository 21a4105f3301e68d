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
 * Pages show times in the viewer's zone (TimeDialect's {@code th:time}, {@code th:date}, {@code #times}): no template
 * formats a moment itself, in a fixed zone or in none.
 */
class TemplateZoneTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FIXED_ZONE = Pattern.compile("'(UTC|GMT|Z|[A-Z][a-z]+/[A-Za-z_]+)'|ZoneId\\)?\\.of\\(");
    private static final Pattern OWN_FORMATTING = Pattern.compile("#temporals\\.|#dates\\.|#calendars\\.");

    @Test
    void noTemplateFormatsATimeWithAFixedZoneOrWithoutTheViewersZone() throws IOException {
        var found = new ArrayList<String>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (FIXED_ZONE.matcher(line).find() || OWN_FORMATTING.matcher(line).find()) {
                    found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("use th:time, th:date or #times instead").isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(FIXED_ZONE.matcher("${#times.format(x, 'yyyy', 'UTC')}").find()).isTrue();
        assertThat(FIXED_ZONE.matcher("x.atZone(T(java.time.ZoneId).of('Europe/Berlin'))").find()).isTrue();
        assertThat(OWN_FORMATTING.matcher("${#temporals.format(x, 'yyyy-MM-dd HH:mm')}").find()).isTrue();
        assertThat(FIXED_ZONE.matcher("<span th:time=\"${c.createdAt}\">").find()).isFalse();
        assertThat(OWN_FORMATTING.matcher("#{'checkin.status.' + ${c.status()}}").find()).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
