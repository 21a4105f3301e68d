package org.repsportal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTextTests {

    @Test
    void theTextIsStrippedAndLosesControlCharactersButKeepsLineBreaks() {
        assertThat(CommentText.of("body", "  Hello\u0000 there\n\tsecond line\u0007  ", "r", "l"))
                .isEqualTo("Hello there\n\tsecond line");
    }

    @Test
    void blankTextOrOnlyControlCharactersIsAProblemOnTheFieldWithTheRequiredKey() {
        for (String blank : new String[] {null, "", "   ", "\u0000\u0001"}) {
            assertThatThrownBy(() -> CommentText.of("notes", blank, "notes.required", "notes.long"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("notes", "notes.required")));
        }
    }

    @Test
    void textLongerThanTheLimitIsRefusedNeverCutShort() {
        assertThat(CommentText.of("body", "x".repeat(CommentText.MAX_LENGTH), "r", "l")).hasSize(CommentText.MAX_LENGTH);
        assertThatThrownBy(() -> CommentText.of("body", "x".repeat(CommentText.MAX_LENGTH + 1), "r", "body.long"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("body", "body.long")));
    }
}
