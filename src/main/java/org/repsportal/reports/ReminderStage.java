package org.repsportal.reports;

/** The two no-report reminders: after four weeks of silence and again after eight. */
enum ReminderStage {
    FOUR_WEEKS, EIGHT_WEEKS
}
