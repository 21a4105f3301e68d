package org.repsportal.calendar;

import java.time.LocalDate;
import java.util.List;

import org.repsportal.platform.Texts;

/** A module's dated items for one person's feed, between two days. */
public interface CalendarSource {

    List<CalendarEntry> entriesFor(long personId, LocalDate from, LocalDate to);

    /** The same, written with the given texts (in the feed owner's language); a source without texts keeps the default. */
    default List<CalendarEntry> entriesFor(long personId, LocalDate from, LocalDate to, Texts texts) {
        return entriesFor(personId, from, to);
    }
}
