package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.Map;

/**
 * When active Reps last reported, as the alumni watch needs it; the module that holds reports provides it.
 * Without one, nobody is silent.
 */
public interface ReportActivity {

    /** Active Reps whose latest report (or, without any, their joining day) is before the given day, with that date; one query. */
    Map<Long, LocalDate> silentSince(LocalDate before);
}
