package org.repsportal.availability;

/** DECLARED until its last day has passed; ENDED when the person came back early; CANCELLED before it began. */
enum AbsenceState {
    DECLARED, ENDED, CANCELLED
}
