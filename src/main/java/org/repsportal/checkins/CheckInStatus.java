package org.repsportal.checkins;

enum CheckInStatus {
    PLANNED, HELD, CANCELLED
}
