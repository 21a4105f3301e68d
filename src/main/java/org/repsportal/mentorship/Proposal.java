package org.repsportal.mentorship;

import java.util.List;

/** A mentor the portal proposes for a mentee, with a score (0–100, higher is better) and its reasons in words. */
record Proposal(long menteeId, long mentorId, String mentorName, int score, List<String> reasons) {

    /** The reasons as one sentence, e.g. "2 of 8 places taken; speaks Swahili; 1 h apart". */
    public String explanation() {
        return String.join("; ", reasons);
    }
}
