package org.repsportal.library;

/** A new page: its address (lowercase words joined by dashes), title, optional summary and first text. */
record NewPage(String slug, String title, String summary, String body) {
}
