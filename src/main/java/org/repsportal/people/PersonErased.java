package org.repsportal.people;

import java.time.Instant;

/**
 * An Admin erased a person: their profile is pseudonymised, and each module now removes or blanks what it keeps of
 * them (accounts, tokens, sessions, mail). Carries no personal data, as it is kept in the event log.
 */
public record PersonErased(long personId, long erasedBy, Instant erasedAt) {
}
