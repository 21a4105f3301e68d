package org.repsportal.library;

/** A Council editor rejected a suggestion, saying why. */
public record SuggestionRejected(long suggestionId, String slug, long authorId, long editorId, String comment) {
}
