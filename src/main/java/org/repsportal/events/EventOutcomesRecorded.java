package org.repsportal.events;

import java.time.LocalDate;
import java.util.Set;

/** The first outcomes of an event were recorded: its organisers' activity reports are filed. */
record EventOutcomesRecorded(long eventId, String name, long ownerId, Set<Long> coOrganiserIds, LocalDate endsOn,
                             String venue, int actualAttendance) {
}
