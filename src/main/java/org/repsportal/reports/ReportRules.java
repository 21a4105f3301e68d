package org.repsportal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Catalog;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InputChecks;

/** A report is dated today or earlier, names an activity and area of the catalog, says what happened. */
final class ReportRules {

    static final int MAX_DESCRIPTION = 5000;

    private ReportRules() {
    }

    static List<FieldProblem> check(NewReport report, Catalog catalog, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (report.date() == null) {
            problems.add(new FieldProblem("date", "report.date.required"));
        } else if (report.date().isAfter(today)) {
            problems.add(new FieldProblem("date", "report.date.future"));
        }
        if (catalog.activityType(report.activity()).isEmpty()) {
            problems.add(new FieldProblem("activity", "report.activity.unknown"));
        }
        if (!catalog.isFunctionalArea(report.functionalArea())) {
            problems.add(new FieldProblem("functionalArea", "report.functionalArea.unknown"));
        }
        if (report.description() == null || report.description().isBlank()) {
            problems.add(new FieldProblem("description", "report.description.required"));
        } else if (report.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "report.description.long"));
        }
        if (report.link() != null && !report.link().isBlank() && !InputChecks.isWebAddress(report.link().strip())) {
            problems.add(new FieldProblem("link", "report.link.invalid"));
        }
        return problems;
    }
}
