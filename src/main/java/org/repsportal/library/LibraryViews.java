package org.repsportal.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the library shows: pages, versions and suggestions as read models. */
final class LibraryViews {

    private LibraryViews() {
    }

    /** A page in a list. {@code outdated}: flagged by a member or past its review-by date. */
    public record PageListing(String slug, String title, String summary, int version, LocalDate reviewBy, boolean flagged,
                              boolean outdated, boolean pastReviewBy, int pendingSuggestions) {
    }

    /** One version of a page, with its Markdown and the sanitized HTML rendered from it. */
    public record PageView(long pageId, String slug, String title, String summary, int version, int currentVersion,
                           LocalDate reviewBy, boolean flagged, String outdatedNote, boolean outdated, boolean pastReviewBy,
                           String markdown, String html, Instant versionCreatedAt, String changeNote) {

        public boolean isCurrent() {
            return version == currentVersion;
        }
    }

    public record VersionListing(int number, Instant createdAt, Long authorId, String authorName, String changeNote,
                                 Long suggestionId) {
    }

    public record SuggestionListing(long id, String slug, String pageTitle, int baseVersion, long authorId, String authorName,
                                    String note, Instant createdAt, SuggestionState state) {
    }

    /**
     * A suggestion with its diff against the version it was written for and a sanitized preview;
     * {@code stale} when the page has a newer version than that.
     */
    public record SuggestionView(EditSuggestion suggestion, String slug, String pageTitle, int currentVersion,
                                 List<DiffLine> diff, String previewHtml, String authorName, String deciderName) {

        public boolean stale() {
            return suggestion.getBaseVersion() != currentVersion;
        }
    }
}
