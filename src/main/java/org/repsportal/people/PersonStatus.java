package org.repsportal.people;

/** Whether a person takes part in the program now; an erased person's row is kept pseudonymised for the statistics. */
public enum PersonStatus {
    ACTIVE, ALUMNI, DEACTIVATED, ERASED
}
