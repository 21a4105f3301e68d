package org.repsportal.reports;

import java.time.YearMonth;
import java.util.Collection;

/**
 * Which reports to list: of these people (null for anyone), in a month, of an activity.
 */
record ReportFilter(Collection<Long> personIds, YearMonth month, String activity) {
}
