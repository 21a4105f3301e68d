package org.repsportal.checkins;

public enum CheckInStatus {
    PLANNED, HELD, CANCELLED
}
