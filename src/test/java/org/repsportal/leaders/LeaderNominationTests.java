package org.repsportal.leaders;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NOMINATED → FOLLOWING_UP → INVITED | NOT_NOW, with dated notes; the nominee is told once. */
class LeaderNominationTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void followUpsMoveANominationToInvited() {
        LeaderNomination nomination = nomination();
        LeaderNominationFollowUp first = nomination.followUp(9, TODAY.minusDays(3), "Called the mentor", LeaderNominationState.FOLLOWING_UP, TODAY, NOW);
        assertThat(first.getStateAfter()).isEqualTo(LeaderNominationState.FOLLOWING_UP);
        assertThat(first.getFollowedUpOn()).isEqualTo(TODAY.minusDays(3));
        nomination.followUp(9, TODAY, "Invited to the leadership call", LeaderNominationState.INVITED, TODAY, NOW);
        assertThat(nomination.getState()).isEqualTo(LeaderNominationState.INVITED);
        assertThatThrownBy(() -> nomination.followUp(9, TODAY, "Back", LeaderNominationState.FOLLOWING_UP, TODAY, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void notNowMayBeFollowedUpAgainLaterButNeverGoesBackToNominated() {
        LeaderNomination nomination = nomination();
        nomination.followUp(9, TODAY, "Busy with exams", LeaderNominationState.NOT_NOW, TODAY, NOW);
        assertThatThrownBy(() -> nomination.followUp(9, TODAY, "x", LeaderNominationState.NOMINATED, TODAY, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        nomination.followUp(9, TODAY, "Exams are over", LeaderNominationState.FOLLOWING_UP, TODAY, NOW);
        assertThat(nomination.getState()).isEqualTo(LeaderNominationState.FOLLOWING_UP);
    }

    @Test
    void aFollowUpNeedsADateNotInTheFutureANoteAndAState() {
        LeaderNomination nomination = nomination();
        assertThatThrownBy(() -> nomination.followUp(9, TODAY.plusDays(1), " ", null, TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("on:council.nomination.followUp.on.future", "note:council.nomination.followUp.note.required",
                                "state:council.nomination.followUp.state.required"));
        assertThat(nomination.getState()).isEqualTo(LeaderNominationState.NOMINATED);
    }

    @Test
    void theNomineeIsToldOnceAndOnlyWhenTheCouncilDecides() {
        LeaderNomination nomination = nomination();
        assertThat(nomination.nomineeTold()).isFalse();
        NomineeTold told = nomination.tellNominee(9, NOW);
        assertThat(told.nomineeId()).isEqualTo(2);
        assertThat(nomination.getNomineeToldAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> nomination.tellNominee(9, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("council.nomination.transition.already-told");
    }

    private static LeaderNomination nomination() {
        return new LeaderNomination(2, 1, "Leads the local study group", NOW);
    }
}
