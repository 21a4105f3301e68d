package org.repsportal.reports;

/**
 * A person's reporting run: how many calendar weeks (Monday to Sunday) and how many calendar months in a row
 * hold at least one report, counted back from this one or the one before (the current week or month may not
 * have its report yet); 0 when the run broke.
 */
public record ReportingStreak(int weeks, int months) {

    public static final ReportingStreak NONE = new ReportingStreak(0, 0);
}
