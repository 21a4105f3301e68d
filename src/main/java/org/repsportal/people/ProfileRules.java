package org.repsportal.people;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InputChecks;

/** What makes profile details valid beyond their shape: codes from the catalog and a real time zone. */
final class ProfileRules {

    private ProfileRules() {
    }

    static List<FieldProblem> check(ProfileChanges changes, Catalog catalog) {
        var problems = new ArrayList<FieldProblem>();
        if (catalog.country(changes.countryCode()).isEmpty()) {
            problems.add(new FieldProblem("countryCode", "profile.countryCode.unknown"));
        }
        if (InputChecks.timeZone(changes.timeZone()).isEmpty()) {
            problems.add(new FieldProblem("timeZone", "profile.timeZone.unknown"));
        }
        if (!changes.languages().stream().allMatch(catalog::isLanguage)) {
            problems.add(new FieldProblem("languages", "profile.languages.unknown"));
        }
        if (!changes.functionalAreas().stream().allMatch(catalog::isFunctionalArea)) {
            problems.add(new FieldProblem("functionalAreas", "profile.functionalAreas.unknown"));
        }
        return problems;
    }
}
