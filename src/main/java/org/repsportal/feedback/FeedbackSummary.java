package org.repsportal.feedback;

import java.time.Instant;

/**
 * A feedback on a list. In a contact's inbox {@code menteeId} and {@code menteeName} are null unless the mentee it
 * was forwarded for wants to be named; {@code forwarded} says a mentor sent it on a mentee's behalf.
 *
 * @param areaCode the functional area it is for, null for the leadership
 */
record FeedbackSummary(long id, String areaCode, String subject, FeedbackState state, Instant receivedAt, long senderId,
                       String senderName, boolean forwarded, Long menteeId, String menteeName) {

    public boolean forLeadership() {
        return areaCode == null;
    }
}
