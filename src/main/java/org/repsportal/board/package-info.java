/**
 * The mentors' board: mentors ask for advice and share what worked; followers of a thread hear of its replies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "notifications", "platform"},
        displayName = "Mentors' board")
package org.repsportal.board;
