package org.repsportal.events;

import java.time.LocalDate;

/** One line of an events list. */
record EventListItem(long id, String name, String type, long ownerId, String ownerName, LocalDate startsOn, LocalDate endsOn,
                     String timeZone, boolean online, String venue, int expectedAttendance, Integer actualAttendance) {
}
