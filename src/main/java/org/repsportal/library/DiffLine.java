package org.repsportal.library;

/** One line of a suggestion's diff against the version it was written for. */
record DiffLine(Kind kind, String text) {

    public enum Kind {
        HUNK, CONTEXT, ADDED, REMOVED
    }
}
