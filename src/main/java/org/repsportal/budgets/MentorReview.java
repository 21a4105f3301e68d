package org.repsportal.budgets;

import java.util.Map;

/** The mentor's review: a mark per point (with an optional note), a rationale, and whether the request goes on. */
public record MentorReview(Map<ReviewPoint, Mark> marks, String rationale, boolean passOn) {

    public MentorReview {
        marks = marks == null ? Map.of() : Map.copyOf(marks);
    }

    public record Mark(Verdict verdict, String note) {
    }
}
