package org.repsportal.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Moments as a reader reads them: in their zone, summer and winter, in English and in Spanish. */
class ViewerTimesTests {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        // as the portal reads its bundles (spring.messages.* in application.properties)
        MESSAGES.setBasename("messages/platform");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    private static ViewerTimes in(ZoneId zone, Locale locale) {
        return new ViewerTimes(zone, locale, MESSAGES);
    }

    @Test
    void aMomentIsShownInTheReadersZoneWithSummerAndWinterTime() {
        ViewerTimes madrid = in(MADRID, Locale.ENGLISH);

        assertThat(madrid.format(Instant.parse("2026-07-01T15:00:00Z"))).isEqualTo("1 Jul 2026, 17:00");
        assertThat(madrid.format(Instant.parse("2026-01-15T15:00:00Z"))).isEqualTo("15 Jan 2026, 16:00");
        assertThat(madrid.iso(Instant.parse("2026-07-01T15:00:00.123Z"))).isEqualTo("2026-07-01T17:00:00+02:00");
        assertThat(madrid.iso(Instant.parse("2026-01-15T15:00:00Z"))).isEqualTo("2026-01-15T16:00:00+01:00");
        assertThat(in(LIMA, Locale.ENGLISH).format(OffsetDateTime.parse("2026-07-01T15:00:00Z"))).isEqualTo("1 Jul 2026, 10:00");
    }

    @Test
    void theHourAClockSkipsOrRepeatsIsCountedRight() {
        ViewerTimes newYork = in(NEW_YORK, Locale.ENGLISH);

        // clocks go forward at 02:00 on 8 March 2026: half an hour after 01:30 it is 03:00
        assertThat(newYork.format(Instant.parse("2026-03-08T06:30:00Z"))).isEqualTo("8 Mar 2026, 01:30");
        assertThat(newYork.format(Instant.parse("2026-03-08T07:00:00Z"))).isEqualTo("8 Mar 2026, 03:00");
        // and back at 02:00 on 1 November: 01:30 comes twice, told apart by the offset
        assertThat(newYork.iso(Instant.parse("2026-11-01T05:30:00Z"))).isEqualTo("2026-11-01T01:30:00-04:00");
        assertThat(newYork.iso(Instant.parse("2026-11-01T06:30:00Z"))).isEqualTo("2026-11-01T01:30:00-05:00");
    }

    @Test
    void spanishPagesShowSpanishDates() {
        ViewerTimes madrid = in(MADRID, ES);

        assertThat(madrid.format(Instant.parse("2026-09-03T15:00:00Z"))).isEqualTo("3 sept 2026, 17:00");
        assertThat(madrid.full(Instant.parse("2026-09-03T15:00:00Z"))).isEqualTo("jueves, 3 de septiembre de 2026, 17:00");
        assertThat(madrid.longDate(LocalDate.of(2026, 5, 3))).isEqualTo("3 de mayo de 2026");
        assertThat(madrid.date(LocalDate.of(2026, 5, 3))).isEqualTo("3 may 2026");
        assertThat(in(MADRID, Locale.ENGLISH).longDate(LocalDate.of(2026, 5, 3))).isEqualTo("3 May 2026");
        assertThat(in(MADRID, Locale.ENGLISH).full(Instant.parse("2026-09-03T15:00:00Z"))).isEqualTo("Thursday 3 September 2026, 17:00");
    }

    @Test
    void theDayOfAMomentIsTheDayInTheReadersZone() {
        Instant lateInLima = Instant.parse("2026-05-04T03:30:00Z");

        assertThat(in(LIMA, Locale.ENGLISH).date(lateInLima)).isEqualTo("3 May 2026");
        assertThat(in(MADRID, Locale.ENGLISH).date(lateInLima)).isEqualTo("4 May 2026");
        assertThat(in(LIMA, Locale.ENGLISH).iso(LocalDate.of(2026, 5, 3))).isEqualTo("2026-05-03");
    }

    @Test
    void aMomentThatBelongsToAnotherZoneIsAlsoShownThere() {
        ViewerTimes lima = in(LIMA, Locale.ENGLISH);
        var inMadrid = lima.zoned(Instant.parse("2026-07-01T15:00:00Z"), "Europe/Madrid");

        assertThat(lima.format(inMadrid)).isEqualTo("1 Jul 2026, 10:00");
        assertThat(lima.elsewhere(inMadrid)).isEqualTo("(17:00 in Europe/Madrid)");
        assertThat(in(LIMA, ES).elsewhere(inMadrid)).isEqualTo("(17:00 en Europe/Madrid)");
        assertThat(lima.formatWithOther(inMadrid)).isEqualTo("1 Jul 2026, 10:00 (17:00 in Europe/Madrid)");
        // another day there: the date is said too
        assertThat(lima.elsewhere(lima.zoned(Instant.parse("2026-07-01T23:00:00Z"), "Europe/Madrid")))
                .isEqualTo("(2 Jul 2026, 01:00 in Europe/Madrid)");
    }

    @Test
    void aMomentOfTheReadersOwnZoneOrOfNoZoneIsShownOnce() {
        ViewerTimes madrid = in(MADRID, Locale.ENGLISH);
        Instant at = Instant.parse("2026-07-01T15:00:00Z");

        assertThat(madrid.elsewhere(madrid.zoned(at, "Europe/Madrid"))).isNull();
        assertThat(madrid.elsewhere(at)).isNull();
        assertThat(madrid.elsewhere(at.atZone(ZoneOffset.UTC))).isNull();
        assertThat(madrid.formatWithOther(at)).isEqualTo("1 Jul 2026, 17:00");
        assertThat(madrid.format(null)).isNull();
        // an unknown stored zone counts as the reader's
        assertThat(madrid.elsewhere(madrid.zoned(at, "Not/AZone"))).isNull();
    }

    @Test
    void mailSaysAMomentInTheRecipientsZoneAndLanguageNamingTheZone() {
        var people = new DefaultListableBeanFactory();
        people.registerSingleton("languages", (Texts.PersonLanguages) (Collection<Long> ids) -> Map.of(
                1L, new Texts.Choice("es", "America/Lima"), 2L, new Texts.Choice(null, "Europe/Madrid"),
                3L, new Texts.Choice(null, "Not/AZone")));
        Texts texts = new Texts(MESSAGES, people.getBeanProvider(Texts.PersonLanguages.class), new TimeProperties(ZoneId.of("UTC")));
        Map<Long, Texts> to = texts.forPeople(List.of(1L, 2L, 3L, 4L));
        Instant at = Instant.parse("2026-07-01T15:00:00Z");

        assertThat(to.get(1L).at(at, "Europe/Madrid"))
                .isEqualTo("miércoles, 1 de julio de 2026, 10:00 (America/Lima; 17:00 en Europe/Madrid)");
        assertThat(to.get(2L).at(at, "Europe/Madrid")).isEqualTo("Wednesday 1 July 2026, 17:00 (Europe/Madrid)");
        assertThat(to.get(3L).zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(to.get(4L).at(at, null)).isEqualTo("Wednesday 1 July 2026, 15:00 (UTC)");
    }
}
