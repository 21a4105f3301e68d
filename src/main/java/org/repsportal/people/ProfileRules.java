package org.repsportal.people;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.FieldProblem;

/** What makes profile details valid beyond their shape: codes from the catalog and a real time zone. */
final class ProfileRules {

    private ProfileRules() {
    }

    static List<FieldProblem> check(ProfileChanges changes, Catalog catalog) {
        var problems = new ArrayList<FieldProblem>();
        if (catalog.country(changes.countryCode()).isEmpty()) {
            problems.add(new FieldProblem("countryCode", "profile.countryCode.unknown"));
        }
        if (!isTimeZone(changes.timeZone())) {
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

    static boolean isTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
