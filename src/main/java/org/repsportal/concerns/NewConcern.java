package org.repsportal.concerns;

/**
 * A concern as the reporter writes it. The category is given by name, so that an unknown one comes back as a
 * field error like any other.
 *
 * @param aboutPersonId          the person concerned, if any
 * @param involveMentor          for a CONFLICT: the reporter asks that their own mentor also sees the case
 * @param reportingRouteFollowed for ABUSE: the reporter confirms they followed the Community Participation
 *                               Guidelines reporting route
 */
record NewConcern(String category, Long aboutPersonId, String summary, String details, boolean involveMentor,
                         boolean reportingRouteFollowed) {
}
