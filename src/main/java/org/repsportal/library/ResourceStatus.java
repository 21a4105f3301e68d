package org.repsportal.library;

/** A new link is listed at once; the Council approves it, or hides it from the list. */
enum ResourceStatus {
    NEW, APPROVED, HIDDEN
}
