package org.repsportal.applications;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewerRankingTests {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final Function<String, String> NAME = code -> code;

    static InterviewerRanking.Candidate mentor(long id, String region, String zone, Set<String> languages, long mentees, int capacity,
                                               long interviews, boolean ready) {
        return new InterviewerRanking.Candidate(id, "M" + id, region, zone, languages, mentees, capacity, interviews, ready);
    }

    static List<InterviewerRanking.Suggestion> rank(InterviewerRanking.Candidate... candidates) {
        return InterviewerRanking.rank(List.of(candidates), "LATAM", Set.of("es", "en"), "America/Argentina/Cordoba", NOW, NAME, NAME);
    }

    @Test
    void aMentorOfTheSameRegionSpeakingTheLanguagesInANearTimeZoneComesFirst() {
        var near = mentor(1, "LATAM", "America/Sao_Paulo", Set.of("es", "en"), 2, 8, 0, true);
        var far = mentor(2, "EUROPE", "Europe/Berlin", Set.of("de"), 2, 8, 0, true);

        assertThat(rank(far, near)).extracting(InterviewerRanking.Suggestion::mentorId).containsExactly(1L, 2L);
    }

    @Test
    void theLessLoadedOfTwoOtherwiseEqualMentorsComesFirstCountingOpenInterviews() {
        var busy = mentor(1, "LATAM", "America/Sao_Paulo", Set.of("es"), 5, 8, 2, true);
        var free = mentor(2, "LATAM", "America/Sao_Paulo", Set.of("es"), 5, 8, 0, true);

        assertThat(rank(busy, free)).extracting(InterviewerRanking.Suggestion::mentorId).containsExactly(2L, 1L);
    }

    @Test
    void mentorsWithoutAPlaceLeftOrWithoutACompleteOrientationAreNotSuggested() {
        var full = mentor(1, "LATAM", "America/Sao_Paulo", Set.of("es"), 8, 8, 0, true);
        var notReady = mentor(2, "LATAM", "America/Sao_Paulo", Set.of("es"), 0, 8, 0, false);
        var ok = mentor(3, "EUROPE", "Europe/Berlin", Set.of("de"), 7, 8, 0, true);

        assertThat(rank(full, notReady, ok)).extracting(InterviewerRanking.Suggestion::mentorId).containsExactly(3L);
    }

    @Test
    void eachSuggestionSaysWhyInWordsRegionLanguagesTimeZoneAndLoad() {
        var m = mentor(1, "LATAM", "America/Sao_Paulo", Set.of("es"), 3, 8, 1, true);

        var reasons = rank(m).get(0).reasons();
        assertThat(reasons).extracting(InterviewerRanking.Reason::key).containsExactly("application.suggest.region",
                "application.suggest.languages", "application.suggest.time-zone", "application.suggest.load");
        assertThat(reasons.get(1).args()).containsExactly("es");
        assertThat(reasons.get(2).args()).containsExactly(0);
        assertThat(reasons.get(3).args()).containsExactly(3L, 8, 1L);
    }
}
