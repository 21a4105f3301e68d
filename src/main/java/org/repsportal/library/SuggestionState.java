package org.repsportal.library;

/** A suggested edit waits for a Council editor, who accepts it (a new version) or rejects it. */
enum SuggestionState {
    PENDING, ACCEPTED, REJECTED
}
