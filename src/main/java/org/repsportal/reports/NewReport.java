package org.repsportal.reports;

import java.time.LocalDate;

/** A report as a Rep files it. */
public record NewReport(LocalDate date, String activity, String functionalArea, String description, String link,
                        String location, String initiative) {
}
