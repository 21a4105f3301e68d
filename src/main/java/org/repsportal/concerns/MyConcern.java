package org.repsportal.concerns;

import java.time.Instant;

/**
 * A concern on the "my concerns" list: raised by the reader, or shared with them as the reporter's mentor.
 *
 * @param asMentor true when the reader is the reporter's involved mentor rather than the reporter
 */
record MyConcern(long id, ConcernCategory category, ConcernState state, String summary, Instant raisedAt,
                        boolean asMentor) {
}
