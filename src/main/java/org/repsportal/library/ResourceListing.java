package org.repsportal.library;

import java.time.Instant;

/** A community resource as lists show it, with who added it. */
public record ResourceListing(long id, String title, String url, ResourceTopic topic, String note, long addedBy,
                              String addedByName, Instant addedAt, ResourceStatus status, boolean flaggedOutdated,
                              String flagNote) {
}
