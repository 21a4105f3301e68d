package org.repsportal.reports;

import java.time.YearMonth;
import java.util.Collection;
import java.time.format.DateTimeParseException;

import org.repsportal.people.Catalog;

/**
 * The filters of a list of reports, read once for the mentees' reports page, its CSV and the API: a {@code month}
 * (yyyy-MM; none when it is not one), an {@code activity} code, and {@code unverified=true} for only those still
 * waiting to be verified (a value that is no boolean is a field error). Whose reports they are each path says.
 */
record ReportListParams(String month, String activity, Boolean unverified) {

    YearMonth yearMonth() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean onlyUnverified() {
        return Boolean.TRUE.equals(unverified);
    }

    /** The activity's code when it names an activity type, otherwise none. */
    String activityCode(Catalog catalog) {
        return catalog.activityType(activity).map(Catalog.ActivityType::code).orElse(null);
    }

    /** The reports of these people that these filters keep. */
    ReportFilter of(Collection<Long> personIds, Catalog catalog) {
        return new ReportFilter(personIds, yearMonth(), activityCode(catalog), onlyUnverified());
    }
}
