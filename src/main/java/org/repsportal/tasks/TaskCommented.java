package org.repsportal.tasks;

/** Someone wrote a comment on a task; its assignee and watchers (but not the writer) are mailed it. */
record TaskCommented(long taskId, long authorId, String comment) {
}
