package org.repsportal.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merged texts answer every key of every bundle exactly as the bundles chained one after the other do. */
class MergedMessagesTests {

    private static final String BASENAMES = "messages/platform,messages/people,messages/mentorship,messages/tasks,messages/budgets";

    private final MergedMessages merged = MergedMessages.of(BASENAMES, getClass().getClassLoader());

    @Test
    void everyTextOfTheBundlesReadsAsTheChainedBundlesReadItInEnglishSpanishAndARegionalSpanish() throws Exception {
        var chained = new ResourceBundleMessageSource();
        chained.setBasenames(BASENAMES.split(","));
        chained.setDefaultEncoding("UTF-8");
        chained.setFallbackToSystemLocale(false);
        chained.setAlwaysUseMessageFormat(true);
        var raw = new ResourceBundleMessageSource();
        raw.setBasenames(BASENAMES.split(","));
        raw.setDefaultEncoding("UTF-8");
        raw.setFallbackToSystemLocale(false);
        int compared = 0;
        for (String basename : BASENAMES.split(",")) {
            var keys = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(basename + ".properties")) {
                keys.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : keys.stringPropertyNames()) {
                for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("es-MX")}) {
                    assertThat(merged.resolveCodeWithoutArguments(key, locale)).as("%s as written in %s", key, locale)
                            .isEqualTo(raw.getMessage(key, null, locale));
                    assertThat(merged.getMessage(key, null, locale)).as("%s as formatted in %s", key, locale)
                            .isEqualTo(chained.getMessage(key, null, locale));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aKeyNoBundleHasIsRefusedOrAnsweredWithTheGivenDefault() {
        assertThatThrownBy(() -> merged.getMessage("no.such.key", null, Locale.ENGLISH)).isInstanceOf(NoSuchMessageException.class);
        assertThat(merged.getMessage("no.such.key", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
    }
}
