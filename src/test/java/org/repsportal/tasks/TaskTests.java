package org.repsportal.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aTaskMovesFromOpenThroughProgressAndWaitingToResolved() {
        Task task = task(TaskType.FOLLOW_UP);
        task.start();
        assertThat(task.getState()).isEqualTo(TaskState.IN_PROGRESS);
        task.waitForOthers();
        assertThat(task.getState()).isEqualTo(TaskState.WAITING);
        task.start();
        task.resolve("done", NOW);
        assertThat(task.getState()).isEqualTo(TaskState.RESOLVED);
        assertThat(task.getClosedAt()).isEqualTo(NOW);
    }

    @Test
    void workTrackedElsewhereCannotBeResolvedByHand() {
        Task task = task(TaskType.BUDGET_REVIEW);
        assertThatThrownBy(() -> task.resolve("done", NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("task.transition.not-by-hand");
        task.close("budget decided", NOW);
        assertThat(task.getState()).isEqualTo(TaskState.CLOSED);
    }

    @Test
    void aClosedTaskDoesNotMoveAgain() {
        Task task = task(TaskType.FOLLOW_UP);
        task.resolve("done", NOW);
        assertThatThrownBy(task::start).isInstanceOf(IllegalTransitionException.class).hasMessage("task.transition.closed");
        assertThatThrownBy(() -> task.close("again", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOpenTaskPastItsDueDateIsOverdue() {
        Task task = task(TaskType.FOLLOW_UP);
        assertThat(task.isOverdueOn(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(task.isOverdueOn(LocalDate.of(2026, 12, 1))).isFalse();
        task.resolve("done", NOW);
        assertThat(task.isOverdueOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    private static Task task(TaskType type) {
        return new Task(new TaskRequested(type, "Follow up", 1L, 2L, TaskPriority.NORMAL, LocalDate.of(2026, 12, 1),
                "test:1", Set.of(3L)), "Follow up", NOW);
    }
}
