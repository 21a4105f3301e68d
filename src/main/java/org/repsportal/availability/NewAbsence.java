package org.repsportal.availability;

import java.time.LocalDate;

/**
 * An absence as someone declares or changes it: the days away (both inclusive), a private reason, the delegate
 * to contact instead, the auto-reply correspondents get and, for a mentor away long, a reassignment request or a
 * plan for the Council.
 */
public record NewAbsence(LocalDate from, LocalDate to, Long delegateId, String reason, String autoReply,
                         boolean reassignmentRequested, String plan) {

    String givenReason() {
        return blankToNull(reason);
    }

    String givenAutoReply() {
        return blankToNull(autoReply);
    }

    String givenPlan() {
        return blankToNull(plan);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
