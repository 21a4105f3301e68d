package org.repsportal.applications;

import java.util.List;

/** A structured interview as a reviewer writes it: scores and notes in the order of {@link Answers#CRITERIA}. */
record InterviewRecord(List<Integer> scores, List<String> notes, List<String> evidence, Outcome recommendation,
                       String reason) {

    InterviewRecord {
        scores = scores == null ? List.of() : scores.stream().map(s -> s).toList();
        notes = notes == null ? List.of() : notes.stream().map(n -> n == null ? "" : n.strip()).toList();
        evidence = evidence == null ? List.of() : evidence.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
    }
}
