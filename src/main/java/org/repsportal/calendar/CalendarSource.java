package org.repsportal.calendar;

import java.time.LocalDate;
import java.util.List;

/** A module's dated items for one person's feed, between two days. */
public interface CalendarSource {

    List<CalendarEntry> entriesFor(long personId, LocalDate from, LocalDate to);
}
