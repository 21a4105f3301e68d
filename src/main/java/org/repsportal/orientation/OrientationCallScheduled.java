package org.repsportal.orientation;

import java.time.Instant;
import java.util.List;

/** The Council scheduled an orientation call and invited new mentors to it. */
public record OrientationCallScheduled(long callId, CallKind kind, Instant startsAt, String timeZone, long organizerId,
                                       List<Long> inviteeIds) {

    public OrientationCallScheduled {
        inviteeIds = List.copyOf(inviteeIds);
    }
}
