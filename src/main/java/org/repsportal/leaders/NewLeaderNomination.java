package org.repsportal.leaders;

/** A mentor's nomination of a current mentee, with why. */
public record NewLeaderNomination(Long personId, String reason) {
}
