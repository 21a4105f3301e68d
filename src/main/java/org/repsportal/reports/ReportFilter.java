package org.repsportal.reports;

import java.time.YearMonth;
import java.util.Collection;

/**
 * Which reports to list: of these people (null for anyone), in a month, of an activity, and only those still
 * waiting to be verified (a verifiable activity nobody verified yet).
 */
record ReportFilter(Collection<Long> personIds, YearMonth month, String activity, boolean unverified) {

    ReportFilter(Collection<Long> personIds, YearMonth month, String activity) {
        this(personIds, month, activity, false);
    }
}
