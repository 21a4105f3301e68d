/**
 * The work queue ("mentorship bugs"): every piece of work the program asks of someone, with assignee,
 * watchers, priority, due date, state, comments and history. Other modules open and close tasks by
 * publishing {@link org.repsportal.tasks.TaskRequested} and {@link org.repsportal.tasks.TaskWorkDone}, and show
 * what a task is about (and do its work in place) by implementing {@link org.repsportal.tasks.TaskSubjects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package org.repsportal.tasks;
