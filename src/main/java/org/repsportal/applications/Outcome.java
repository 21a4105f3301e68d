package org.repsportal.applications;

/** What was decided, or what a reviewer recommends. */
enum Outcome {
    ACCEPTED, NOT_YET, REJECTED
}
