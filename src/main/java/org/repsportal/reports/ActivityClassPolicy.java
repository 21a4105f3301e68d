package org.repsportal.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Classifies a Rep by their silence: the days since their last report, or since they joined when they
 * have not reported yet. A declared absence outranks silence.
 */
@Component
public class ActivityClassPolicy {

    private final ReportsProperties properties;

    public ActivityClassPolicy(ReportsProperties properties) {
        this.properties = properties;
    }

    public ActivityClass classify(LocalDate lastReportOn, LocalDate joinedOn, boolean unavailable, LocalDate today) {
        if (unavailable) {
            return ActivityClass.UNAVAILABLE;
        }
        long silentDays = silentDays(lastReportOn, joinedOn, today);
        if (silentDays > properties.inactiveHigh().toDays()) {
            return ActivityClass.INACTIVE_HIGH;
        }
        if (silentDays > properties.inactiveLow().toDays()) {
            return ActivityClass.INACTIVE_LOW;
        }
        return ActivityClass.ACTIVE;
    }

    static long silentDays(LocalDate lastReportOn, LocalDate joinedOn, LocalDate today) {
        LocalDate since = lastReportOn != null ? lastReportOn : joinedOn;
        return since == null ? 0 : ChronoUnit.DAYS.between(since, today);
    }
}
