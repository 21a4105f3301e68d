package org.repsportal.library;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditSuggestionTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static EditSuggestion pending() {
        var suggestion = new EditSuggestion(1, 3, "new text", "clearer wording", 42, NOW);
        ReflectionTestUtils.setField(suggestion, "id", 5L);
        return suggestion;
    }

    @Test
    void acceptingRecordsTheNewVersionAndRaisesSuggestionAccepted() {
        EditSuggestion suggestion = pending();

        SuggestionAccepted accepted = suggestion.accept("mentoring", 7, "thanks", 4, NOW);

        assertThat(suggestion.getState()).isEqualTo(SuggestionState.ACCEPTED);
        assertThat(suggestion.getAcceptedVersion()).isEqualTo(4);
        assertThat(suggestion.getDecidedBy()).isEqualTo(7L);
        assertThat(accepted).isEqualTo(new SuggestionAccepted(5, "mentoring", 4, 42, 7, "thanks"));
    }

    @Test
    void rejectingKeepsTheCommentAndRaisesSuggestionRejected() {
        EditSuggestion suggestion = pending();

        SuggestionRejected rejected = suggestion.reject("mentoring", 7, "covered elsewhere", NOW);

        assertThat(suggestion.getState()).isEqualTo(SuggestionState.REJECTED);
        assertThat(suggestion.getDecisionComment()).isEqualTo("covered elsewhere");
        assertThat(rejected).isEqualTo(new SuggestionRejected(5, "mentoring", 42, 7, "covered elsewhere"));
    }

    @Test
    void aDecidedSuggestionCannotBeDecidedAgain() {
        EditSuggestion suggestion = pending();
        suggestion.reject("mentoring", 7, "no", NOW);

        assertThatThrownBy(() -> suggestion.accept("mentoring", 7, null, 4, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> suggestion.reject("mentoring", 7, "again", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
