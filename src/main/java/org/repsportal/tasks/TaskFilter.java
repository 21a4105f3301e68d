package org.repsportal.tasks;

/**
 * Which tasks to list: for an assignee (or a person who watches), in open or closed states, of a type.
 *
 * @param assigneeId  tasks assigned to this person; null for any
 * @param involvingId tasks assigned to or watched by this person; null for any
 * @param open        true for open, false for closed, null for both
 */
record TaskFilter(Long assigneeId, Long involvingId, Boolean open, TaskType type) {
}
