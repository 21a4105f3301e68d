package org.repsportal.reports;

/** How active a Rep is: reporting, silent for over 4 weeks, over 8 weeks, or away on a declared absence. */
public enum ActivityClass {
    ACTIVE, INACTIVE_LOW, INACTIVE_HIGH, UNAVAILABLE
}
