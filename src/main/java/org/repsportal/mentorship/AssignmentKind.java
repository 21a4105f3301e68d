package org.repsportal.mentorship;

/** A permanent assignment, or an interim one that covers a mentor's absence. */
public enum AssignmentKind {
    PERMANENT, INTERIM
}
