package org.repsportal.applications;

import java.util.List;

/** An application as sent by the public form or the API, before any check. */
record ApplicationRequest(String name, String email, String region, String country, String city, List<String> languages,
                          String timeZone, List<String> functionalAreas, Boolean adult, Integer monthsInvolved,
                          Answers answers, List<String> links, List<RefereeRequest> referees) {

    record RefereeRequest(String name, String email) {
    }

    ApplicationRequest {
        languages = clean(languages);
        functionalAreas = clean(functionalAreas);
        links = clean(links);
        referees = referees == null ? List.of() : referees.stream()
                .filter(r -> r != null && !(blank(r.name()) && blank(r.email())))
                .map(r -> new RefereeRequest(strip(r.name()), strip(r.email())))
                .toList();
        answers = answers == null ? new Answers(null, null, null, null, null) : answers;
        name = strip(name);
        email = strip(email);
        city = strip(city);
        timeZone = strip(timeZone);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !blank(v)).map(String::strip).distinct().toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
