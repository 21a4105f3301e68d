package org.repsportal.library;

/** A member suggested an edit to a page. */
public record EditSuggested(long suggestionId, String slug, long authorId) {
}
