package org.repsportal.library;

/**
 * A suggested edit: the whole proposed Markdown text, the version it was written against (the current
 * one when null) and a note saying what and why.
 */
public record NewSuggestion(Integer baseVersion, String body, String note) {
}
