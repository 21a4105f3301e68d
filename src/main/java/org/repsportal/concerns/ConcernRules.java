package org.repsportal.concerns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.repsportal.platform.FieldProblem;

/** What a new concern must hold, field by field. */
final class ConcernRules {

    static final int MAX_SUMMARY = 200;
    static final int MAX_DETAILS = 20_000;

    private ConcernRules() {
    }

    /**
     * @param reporterId      who raises it
     * @param aboutKnown      whether the person concerned (if given) exists
     * @param reportersMentor the reporter's current mentor, if any
     */
    static List<FieldProblem> check(NewConcern concern, long reporterId, boolean aboutKnown, Optional<Long> reportersMentor) {
        var problems = new ArrayList<FieldProblem>();
        Optional<ConcernCategory> category = ConcernCategory.parse(concern.category());
        if (concern.category() == null || concern.category().isBlank()) {
            problems.add(new FieldProblem("category", "council.concern.category.required"));
        } else if (category.isEmpty()) {
            problems.add(new FieldProblem("category", "council.concern.category.unknown"));
        }
        if (concern.summary() == null || concern.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "council.concern.summary.required"));
        } else if (concern.summary().strip().length() > MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "council.concern.summary.long"));
        }
        if (concern.details() == null || concern.details().isBlank()) {
            problems.add(new FieldProblem("details", "council.concern.details.required"));
        } else if (concern.details().length() > MAX_DETAILS) {
            problems.add(new FieldProblem("details", "council.concern.details.long"));
        }
        if (concern.aboutPersonId() != null) {
            if (!aboutKnown) {
                problems.add(new FieldProblem("aboutPersonId", "council.concern.aboutPerson.unknown"));
            } else if (concern.aboutPersonId() == reporterId) {
                problems.add(new FieldProblem("aboutPersonId", "council.concern.aboutPerson.self"));
            }
        }
        if (category.orElse(null) == ConcernCategory.ABUSE && !concern.reportingRouteFollowed()) {
            problems.add(new FieldProblem("reportingRouteFollowed", "council.concern.route.required"));
        }
        if (concern.involveMentor()) {
            if (category.isPresent() && category.get() != ConcernCategory.CONFLICT) {
                problems.add(new FieldProblem("involveMentor", "council.concern.involveMentor.conflictOnly"));
            } else if (reportersMentor.isEmpty()) {
                problems.add(new FieldProblem("involveMentor", "council.concern.involveMentor.noMentor"));
            } else if (reportersMentor.get().equals(concern.aboutPersonId())) {
                problems.add(new FieldProblem("involveMentor", "council.concern.involveMentor.isConcerned"));
            }
        }
        return problems;
    }
}
