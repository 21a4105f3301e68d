package org.repsportal.mentorship;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change of mentor as a state machine. */
class ReassignmentStateTests {

    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    private static Reassignment proposed() {
        Reassignment reassignment = new Reassignment(1, 2L, 3, 1, "closer time zone", NOW, "m", "f", "t");
        ReflectionTestUtils.setField(reassignment, "id", 5L);
        return reassignment;
    }

    @Test
    void itTakesEffectOnlyWhenTheMenteeAndBothMentorsHaveAgreed() {
        Reassignment r = proposed();
        assertThat(r.agree(Reassignment.Party.MENTEE, NOW)).isFalse();
        assertThat(r.agree(Reassignment.Party.NEW_MENTOR, NOW)).isFalse();
        assertThat(r.getState()).isEqualTo(Reassignment.State.PROPOSED);
        assertThat(r.agree(Reassignment.Party.CURRENT_MENTOR, NOW)).isTrue();
        assertThat(r.getState()).isEqualTo(Reassignment.State.TAKEN_EFFECT);
    }

    @Test
    void aMenteeWithoutAMentorNeedsOnlyTheirOwnAndTheNewMentorsAgreement() {
        Reassignment r = new Reassignment(1, null, 3, 1, "first mentor", NOW, "m", "f", "t");
        r.agree(Reassignment.Party.MENTEE, NOW);
        assertThat(r.agree(Reassignment.Party.NEW_MENTOR, NOW)).isTrue();
    }

    @Test
    void aDeclineSendsItToTheCouncilWhichThenDecides() {
        Reassignment r = proposed();
        assertThat(r.decline(Reassignment.Party.CURRENT_MENTOR, "mid-way through an event", NOW))
                .isEqualTo(new ReassignmentSentToCouncil(5, 1, 2L, 3, 2L));
        assertThat(r.getState()).isEqualTo(Reassignment.State.WITH_COUNCIL);
        assertThat(r.getDeclinedBy()).isEqualTo(2L);
        assertThatThrownBy(() -> r.agree(Reassignment.Party.MENTEE, NOW)).isInstanceOf(IllegalTransitionException.class);
        r.approve(9, NOW);
        assertThat(r.getState()).isEqualTo(Reassignment.State.TAKEN_EFFECT);
        assertThatThrownBy(() -> r.reject(9, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void withoutAllAnswersInTimeItGoesToTheCouncil() {
        Reassignment r = proposed();
        assertThat(r.expire(NOW.plusSeconds(8 * 86400))).isEqualTo(new ReassignmentSentToCouncil(5, 1, 2L, 3, null));
        assertThat(r.getState()).isEqualTo(Reassignment.State.WITH_COUNCIL);
        assertThat(r.reject(9, NOW)).isEqualTo(new ReassignmentRejected(5, 1, 2L, 3, 9));
        assertThat(r.getState()).isEqualTo(Reassignment.State.REJECTED);
    }

    @Test
    void eachLinkBelongsToOneParty() {
        Reassignment r = proposed();
        assertThat(r.partyOfToken("m")).isEqualTo(Reassignment.Party.MENTEE);
        assertThat(r.partyOfToken("f")).isEqualTo(Reassignment.Party.CURRENT_MENTOR);
        assertThat(r.partyOfToken("t")).isEqualTo(Reassignment.Party.NEW_MENTOR);
        assertThat(r.partyOfToken("x")).isNull();
        assertThat(r.partyOf(7)).isNull();
    }
}
