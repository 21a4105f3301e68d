package org.repsportal.feedback;

import java.time.Instant;

/**
 * One feedback as its reader may see it. For a contact, {@code menteeId} and {@code menteeName} are null unless the
 * mentee wants to be named; the sender and the mentee always see them.
 *
 * @param areaCode  the functional area it is for, null for the leadership
 * @param asContact whether the reader reads it as one of its contacts
 * @param mayAnswer whether the reader may acknowledge and answer it
 */
record FeedbackView(long id, String areaCode, String subject, String text, FeedbackState state, Instant receivedAt,
                    long senderId, String senderName, boolean forwarded, boolean menteeNamed, Long menteeId, String menteeName,
                    Instant acknowledgedAt, String acknowledgedByName, Instant closedAt, String closedByName, String answer,
                    boolean asContact, boolean mayAnswer) {

    public boolean forLeadership() {
        return areaCode == null;
    }
}
