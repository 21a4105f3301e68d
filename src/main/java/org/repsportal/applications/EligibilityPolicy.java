package org.repsportal.applications;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.FieldProblem;

/**
 * Who may apply: a person of 18 or over, involved with the community for at least the configured number of
 * months. A refusal names the field; the application is then not stored, only counted.
 */
final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    static List<FieldProblem> refusals(Boolean adult, Integer monthsInvolved, int minMonths) {
        var problems = new ArrayList<FieldProblem>();
        if (adult != null && !adult) {
            problems.add(new FieldProblem("adult", "application.refused.adult"));
        }
        if (monthsInvolved != null && monthsInvolved >= 0 && monthsInvolved < minMonths) {
            problems.add(new FieldProblem("monthsInvolved", "application.refused.months"));
        }
        return problems;
    }
}
