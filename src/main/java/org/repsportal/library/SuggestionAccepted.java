package org.repsportal.library;

/** A Council editor accepted a suggestion; the page has a new current version. */
public record SuggestionAccepted(long suggestionId, String slug, int newVersion, long authorId, long editorId, String comment) {
}
