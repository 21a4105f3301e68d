/**
 * Activity reports: what Reps did, comments on it, verification of verifiable activities, streaks and
 * activity classes, and the no-report reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.repsportal.reports;
