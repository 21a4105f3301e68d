package org.repsportal.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Moments and days as one person reads them: in their time zone and language ({@code format.*} patterns of the
 * message bundles), and, for a moment that belongs to another zone (a {@link ZonedDateTime} in a named zone, such as
 * a check-in planned in its mentor's zone), the same moment there. Pages reach it as {@code #times}; mail through
 * {@link Texts#at}.
 */
final class ViewerTimes {

    private final ZoneId zone;
    private final Locale locale;
    private final MessageSource messages;

    ViewerTimes(ZoneId zone, Locale locale, MessageSource messages) {
        this.zone = zone;
        this.locale = locale;
        this.messages = messages;
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The same times for a reader in the given zone (an applicant's, who has no account); unknown: this zone. */
    public ViewerTimes in(String zoneId) {
        return new ViewerTimes(InputChecks.timeZone(zoneId).orElse(zone), locale, messages);
    }

    /** A moment in the given zone (its id as stored), for a page to pass to {@code th:time}; null stays null. */
    public ZonedDateTime zoned(Instant at, String zoneId) {
        if (at == null) {
            return null;
        }
        return at.atZone(InputChecks.timeZone(zoneId).orElse(zone));
    }

    /** Date and time of a moment in the viewer's zone; a day without time as a date. */
    public String format(Object when) {
        if (when == null) {
            return null;
        }
        if (when instanceof LocalDate day) {
            return date(day);
        }
        return pattern("format.dateTime.short").format(local(when));
    }

    /** Date and time in the viewer's zone followed by the moment where it belongs, when that is another zone. */
    public String formatWithOther(Object when) {
        String elsewhere = elsewhere(when);
        return elsewhere == null ? format(when) : format(when) + " " + elsewhere;
    }

    /** The day of a moment in the viewer's zone, or a day as it is, with the month written out. */
    public String longDate(Object when) {
        if (when == null) {
            return null;
        }
        LocalDate day = when instanceof LocalDate d ? d : local(when).toLocalDate();
        return pattern("format.date.long").format(day);
    }

    /** The day of a moment in the viewer's zone, or a day as it is. */
    public String date(Object when) {
        if (when == null) {
            return null;
        }
        LocalDate day = when instanceof LocalDate d ? d : local(when).toLocalDate();
        return pattern("format.date.short").format(day);
    }

    /** Weekday, date and time, as mail says a moment. */
    public String full(Object when) {
        return when == null ? null : pattern("format.dateTime.long").format(local(when));
    }

    /** The machine-readable form for a {@code <time datetime>}: the moment with the viewer's offset, or the day. */
    public String iso(Object when) {
        if (when == null) {
            return null;
        }
        if (when instanceof LocalDate day) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(when).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The zone the moment belongs to when it is not the viewer's; null otherwise. */
    public ZoneId otherZone(Object when) {
        if (when instanceof ZonedDateTime zoned && !(zoned.getZone() instanceof ZoneOffset)
                && !zoned.getZone().normalized().equals(zone.normalized())) {
            return zoned.getZone();
        }
        return null;
    }

    /**
     * The moment in the zone it belongs to, such as (17:00 in Europe/Madrid), with the date when it is another day
     * there; null when it belongs to the viewer's zone or to none.
     */
    public String elsewhere(Object when) {
        String there = there(when);
        return there == null ? null
                : messages.getMessage("platform.time.elsewhere", new Object[]{there, otherZone(when).getId()}, locale);
    }

    /** The time (and the date, when it is another day there) of the moment in the zone it belongs to; null as above. */
    String there(Object when) {
        ZoneId other = otherZone(when);
        if (other == null) {
            return null;
        }
        ZonedDateTime here = local(when);
        ZonedDateTime there = here.withZoneSameInstant(other);
        return there.toLocalDate().equals(here.toLocalDate())
                ? pattern("format.time").format(there) : pattern("format.dateTime.short").format(there);
    }

    private ZonedDateTime local(Object when) {
        Instant instant;
        if (when instanceof Instant i) {
            instant = i;
        } else if (when instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else if (when instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else {
            throw new IllegalArgumentException("Not a moment: " + when.getClass().getName());
        }
        return instant.atZone(zone);
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }
}
