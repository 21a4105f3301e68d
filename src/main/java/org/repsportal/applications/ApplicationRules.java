package org.repsportal.applications;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.repsportal.people.Catalog;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InputChecks;

/** What a complete application holds, field by field; each problem names its field and a message key. */
final class ApplicationRules {

    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 254;
    static final int MAX_CITY = 100;
    static final int MAX_ANSWER = 4000;
    static final int MAX_LINKS = 10;
    static final int MAX_REFEREES = 3;
    static final int MAX_MONTHS = 1200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+$");

    private ApplicationRules() {
    }

    static boolean isEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    static List<FieldProblem> check(ApplicationRequest r, Catalog catalog) {
        var problems = new ArrayList<FieldProblem>();
        if (ApplicationRequest.blank(r.name())) {
            problems.add(new FieldProblem("name", "application.name.required"));
        } else if (r.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "application.name.long"));
        }
        if (ApplicationRequest.blank(r.email())) {
            problems.add(new FieldProblem("email", "application.email.required"));
        } else if (!isEmail(r.email())) {
            problems.add(new FieldProblem("email", "application.email.invalid"));
        }
        if (ApplicationRequest.blank(r.region()) || !catalog.isRegion(r.region())) {
            problems.add(new FieldProblem("region", "application.region.required"));
        }
        if (ApplicationRequest.blank(r.country()) || catalog.country(r.country()).isEmpty()) {
            problems.add(new FieldProblem("country", "application.country.required"));
        }
        if (r.city() != null && r.city().length() > MAX_CITY) {
            problems.add(new FieldProblem("city", "application.city.long"));
        }
        if (r.languages().isEmpty() || r.languages().stream().anyMatch(l -> !catalog.isLanguage(l))) {
            problems.add(new FieldProblem("languages", "application.languages.required"));
        }
        if (ApplicationRequest.blank(r.timeZone()) || InputChecks.timeZone(r.timeZone()).isEmpty()) {
            problems.add(new FieldProblem("timeZone", "application.timeZone.required"));
        }
        if (r.functionalAreas().isEmpty() || r.functionalAreas().stream().anyMatch(a -> !catalog.isFunctionalArea(a))) {
            problems.add(new FieldProblem("functionalAreas", "application.functionalAreas.required"));
        }
        if (r.adult() == null) {
            problems.add(new FieldProblem("adult", "application.adult.required"));
        }
        if (r.monthsInvolved() == null || r.monthsInvolved() < 0 || r.monthsInvolved() > MAX_MONTHS) {
            problems.add(new FieldProblem("monthsInvolved", "application.monthsInvolved.required"));
        }
        problems.addAll(checkAnswers(r.answers(), r.links()));
        if (r.referees().isEmpty()) {
            problems.add(new FieldProblem("referees", "application.referees.required"));
        } else if (r.referees().size() > MAX_REFEREES) {
            problems.add(new FieldProblem("referees", "application.referees.many"));
        } else {
            Set<String> seen = new HashSet<>();
            for (var referee : r.referees()) {
                if (ApplicationRequest.blank(referee.name()) || referee.name().length() > MAX_NAME || !isEmail(referee.email())) {
                    problems.add(new FieldProblem("referees", "application.referees.invalid"));
                    break;
                }
                String email = referee.email().toLowerCase(Locale.ROOT);
                if (!seen.add(email) || (r.email() != null && email.equals(r.email().toLowerCase(Locale.ROOT)))) {
                    problems.add(new FieldProblem("referees", "application.referees.distinct"));
                    break;
                }
            }
        }
        return problems;
    }

    static List<FieldProblem> checkAnswers(Answers answers, List<String> links) {
        var problems = new ArrayList<FieldProblem>();
        answer(problems, "motivation", answers.motivation());
        answer(problems, "contributions", answers.contributions());
        answer(problems, "otherProjects", answers.otherProjects());
        answer(problems, "goals", answers.goals());
        answer(problems, "mobilising", answers.mobilising());
        if (links.size() > MAX_LINKS) {
            problems.add(new FieldProblem("links", "application.links.many"));
        } else if (links.stream().anyMatch(l -> !InputChecks.isWebAddress(l))) {
            problems.add(new FieldProblem("links", "application.links.invalid"));
        }
        return problems;
    }

    private static void answer(List<FieldProblem> problems, String field, String text) {
        if (ApplicationRequest.blank(text)) {
            problems.add(new FieldProblem("answers." + field, "application.answer.required"));
        } else if (text.length() > MAX_ANSWER) {
            problems.add(new FieldProblem("answers." + field, "application.answer.long"));
        }
    }
}
