package org.repsportal.council;

/** A mentor's nomination of a current mentee, with why. */
public record NewNomination(Long personId, String reason) {
}
