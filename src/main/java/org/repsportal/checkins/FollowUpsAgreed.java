package org.repsportal.checkins;

import java.util.List;

/**
 * A check-in's notes added follow-up actions; {@code firstNumber} is how many the check-in had before, so that
 * each action keeps its number.
 */
record FollowUpsAgreed(long checkInId, long mentorId, long menteeId, List<String> actions, int firstNumber) {

    FollowUpsAgreed {
        actions = List.copyOf(actions);
    }
}
