package org.repsportal.people;

/** Whether a person takes part in the program now. */
public enum PersonStatus {
    ACTIVE, ALUMNI, DEACTIVATED
}
