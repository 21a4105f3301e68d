/**
 * Feedback that matters to a functional area or to the leadership: the areas' contacts, feedback sent by members or
 * forwarded by mentors on a mentee's behalf (named or not), its way from received to acknowledged to answered.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "mentorship", "notifications", "tasks", "platform"},
        displayName = "Feedback")
package org.repsportal.feedback;
