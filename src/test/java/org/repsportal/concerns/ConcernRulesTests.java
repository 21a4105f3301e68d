package org.repsportal.concerns;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcernRulesTests {

    @Test
    void aConcernNeedsACategoryASummaryAndDetails() {
        assertThat(check(new NewConcern(null, null, " ", "", false, false), Optional.empty()))
                .containsExactly("category:council.concern.category.required", "summary:council.concern.summary.required",
                        "details:council.concern.details.required");
        assertThat(check(new NewConcern("GOSSIP", null, "s", "d", false, false), Optional.empty()))
                .containsExactly("category:council.concern.category.unknown");
    }

    @Test
    void abusiveBehaviourNeedsTheReportingRouteConfirmed() {
        assertThat(check(new NewConcern("ABUSE", null, "s", "d", false, false), Optional.empty()))
                .containsExactly("reportingRouteFollowed:council.concern.route.required");
        assertThat(check(new NewConcern("abuse", null, "s", "d", false, true), Optional.empty())).isEmpty();
    }

    @Test
    void onlyAConflictInvolvesTheReportersMentorWhoMustExistAndNotBeConcerned() {
        assertThat(check(new NewConcern("PERSONAL", null, "s", "d", true, false), Optional.of(7L)))
                .containsExactly("involveMentor:council.concern.involveMentor.conflictOnly");
        assertThat(check(new NewConcern("CONFLICT", null, "s", "d", true, false), Optional.empty()))
                .containsExactly("involveMentor:council.concern.involveMentor.noMentor");
        assertThat(check(new NewConcern("CONFLICT", 7L, "s", "d", true, false), Optional.of(7L)))
                .containsExactly("involveMentor:council.concern.involveMentor.isConcerned");
        assertThat(check(new NewConcern("CONFLICT", 8L, "s", "d", true, false), Optional.of(7L))).isEmpty();
    }

    @Test
    void aConcernIsNotAboutTheReporter() {
        assertThat(check(new NewConcern("CONFLICT", 1L, "s", "d", false, false), Optional.empty()))
                .containsExactly("aboutPersonId:council.concern.aboutPerson.self");
    }

    private static List<String> check(NewConcern concern, Optional<Long> mentor) {
        return ConcernRules.check(concern, 1, true, mentor).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

}
