package org.repsportal.library;

import java.time.Instant;

/** A person said they have read a version of a page. */
public record SopPageRead(long personId, String slug, int version, Instant readAt) {
}
