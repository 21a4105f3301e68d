package org.repsportal.orientation;

/** The Council declined a nomination, with its reason. */
public record MentorNominationDeclined(long orientationId, long personId, long councilMemberId, String reason) {
}
