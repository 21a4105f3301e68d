package org.repsportal.orientation;

/** A Council member recorded whether an invitee attended an orientation call. */
record CallAttendanceRecorded(long callId, long personId, boolean attended) {
}
