/**
 * Check-ins between mentors and mentees: a plan with a cadence, goals written before each check-in, notes,
 * follow-ups (which become tasks) and the mentee's feedback after it, check-ins logged afterwards, the mentee's
 * calendar invitations when one is planned, moved or cancelled, and the daily watch that notices when a cadence
 * passes without one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-ins")
package org.repsportal.checkins;
