package org.repsportal.leaders;

/** The Council told a nominee of their nomination as an emerging leader. */
public record NomineeTold(Long nominationId, long nomineeId, long byPersonId) {
}
