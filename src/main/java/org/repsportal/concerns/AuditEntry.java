package org.repsportal.concerns;

import java.time.Instant;

/** One line of a concern's audit trail, with the name of who did it. */
record AuditEntry(long id, long actorId, String actorName, AuditAction action, String noteKey, Instant at) {
}
