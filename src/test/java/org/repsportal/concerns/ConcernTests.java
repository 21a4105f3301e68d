package org.repsportal.concerns;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The concern's state machine: NEW → ACKNOWLEDGED → IN_PROGRESS → RESOLVED, and nothing else. */
class ConcernTests {

    private static final Instant RAISED = Instant.parse("2026-11-24T10:00:00Z");
    private static final long COUNCIL = 9;

    @Test
    void aConcernMovesFromNewThroughAcknowledgedAndInProgressToResolved() {
        Concern concern = concern();
        assertThat(concern.getState()).isEqualTo(ConcernState.NEW);

        ConcernAcknowledged acknowledged = concern.acknowledge(COUNCIL, RAISED.plus(Duration.ofHours(3)));
        assertThat(concern.getState()).isEqualTo(ConcernState.ACKNOWLEDGED);
        assertThat(acknowledged.timeToAcknowledge()).isEqualTo(Duration.ofHours(3));
        assertThat(concern.getAcknowledgedBy()).isEqualTo(COUNCIL);

        concern.startWork(COUNCIL, RAISED.plus(Duration.ofDays(1)));
        assertThat(concern.getState()).isEqualTo(ConcernState.IN_PROGRESS);

        ConcernResolved resolved = concern.resolve(COUNCIL, "  Talked with everyone involved.  ", RAISED.plus(Duration.ofDays(5)));
        assertThat(resolved.byPersonId()).isEqualTo(COUNCIL);
        assertThat(concern.getState()).isEqualTo(ConcernState.RESOLVED);
        assertThat(concern.getResolution()).isEqualTo("Talked with everyone involved.");
        assertThat(concern.getResolvedAt()).isEqualTo(RAISED.plus(Duration.ofDays(5)));
    }

    @Test
    void theTimeToAcknowledgeIsMeasuredFromRaisingToAcknowledging() {
        Concern concern = concern();
        assertThat(concern.timeToAcknowledge()).isEmpty();
        assertThat(concern.waitingFor(RAISED.plus(Duration.ofMinutes(90)))).contains(Duration.ofMinutes(90));

        concern.acknowledge(COUNCIL, RAISED.plus(Duration.ofHours(26)));
        assertThat(concern.timeToAcknowledge()).contains(Duration.ofHours(26));
        assertThat(concern.waitingFor(RAISED.plus(Duration.ofDays(9)))).isEqualTo(Optional.empty());
    }

    @Test
    void aConcernIsAcknowledgedOnce() {
        Concern concern = concern();
        concern.acknowledge(COUNCIL, RAISED);
        assertThatThrownBy(() -> concern.acknowledge(COUNCIL, RAISED)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("council.concern.transition.already-acknowledged");
    }

    @Test
    void workStartsOnlyAfterAcknowledgingAndResolvingOnlyAfterWork() {
        Concern concern = concern();
        assertThatThrownBy(() -> concern.startWork(COUNCIL, RAISED)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("council.concern.transition.acknowledge-first");
        assertThatThrownBy(() -> concern.resolve(COUNCIL, "done", RAISED)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("council.concern.transition.start-work-first");
        concern.acknowledge(COUNCIL, RAISED);
        assertThatThrownBy(() -> concern.resolve(COUNCIL, "done", RAISED)).isInstanceOf(IllegalTransitionException.class);
        concern.startWork(COUNCIL, RAISED);
        assertThatThrownBy(() -> concern.startWork(COUNCIL, RAISED)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("council.concern.transition.already-in-progress");
    }

    @Test
    void aResolvedConcernDoesNotMoveAgain() {
        Concern concern = concern();
        concern.acknowledge(COUNCIL, RAISED);
        concern.startWork(COUNCIL, RAISED);
        concern.resolve(COUNCIL, "done", RAISED);
        for (Runnable step : new Runnable[] {() -> concern.acknowledge(COUNCIL, RAISED), () -> concern.startWork(COUNCIL, RAISED),
                () -> concern.resolve(COUNCIL, "again", RAISED)}) {
            assertThatThrownBy(step::run).isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("council.concern.transition.resolved");
        }
    }

    @Test
    void resolvingNeedsAResolutionAndLeavesTheStateAloneWithout() {
        Concern concern = concern();
        concern.acknowledge(COUNCIL, RAISED);
        concern.startWork(COUNCIL, RAISED);
        assertThatThrownBy(() -> concern.resolve(COUNCIL, "  ", RAISED)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("resolution:council.concern.resolution.required"));
        assertThat(concern.getState()).isEqualTo(ConcernState.IN_PROGRESS);
    }

    private static Concern concern() {
        return new Concern(ConcernCategory.CONFLICT, 1, 2L, null, "Summary", "Details", false, RAISED);
    }
}
