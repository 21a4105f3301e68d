package org.repsportal.applications;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks mentors to interview an applicant, each with its reasons in words: a mentor whose orientation is not
 * complete or who has no place left for a new mentee is left out; the others score by the same region,
 * shared languages, time-zone distance and load against capacity (mentees plus open interviews).
 */
final class InterviewerRanking {

    static final int REGION = 30;
    static final int LANGUAGES = 30;
    static final int TIME_ZONE = 20;
    static final int LOAD = 20;

    /** A mentor as the ranking sees them. */
    record Candidate(long id, String name, String region, String timeZone, Set<String> languages, long mentees,
                     int capacity, long openInterviews, boolean ready) {
    }

    /** What the ranking says about one mentor: a score (0–100) and the reasons as message keys with arguments. */
    record Suggestion(long mentorId, String name, int score, List<Reason> reasons) {
    }

    record Reason(String key, Object... args) {
    }

    private InterviewerRanking() {
    }

    static List<Suggestion> rank(List<Candidate> candidates, String region, Set<String> languages, String timeZone,
                                 Instant now, Function<String, String> regionName, Function<String, String> languageName) {
        var result = new ArrayList<Suggestion>();
        for (Candidate c : candidates) {
            if (!c.ready() || c.mentees() >= c.capacity()) {
                continue;
            }
            var reasons = new ArrayList<Reason>();
            double score = 0;
            if (region != null && region.equals(c.region())) {
                score += REGION;
                reasons.add(new Reason("application.suggest.region", regionName.apply(region)));
            } else {
                reasons.add(new Reason("application.suggest.other-region", regionName.apply(c.region())));
            }
            Set<String> shared = new LinkedHashSet<>(languages);
            shared.retainAll(c.languages());
            if (shared.isEmpty()) {
                reasons.add(new Reason("application.suggest.no-language"));
            } else {
                score += LANGUAGES * (double) shared.size() / languages.size();
                reasons.add(new Reason("application.suggest.languages",
                        String.join(", ", shared.stream().map(languageName).sorted().toList())));
            }
            int hours = hoursApart(c.timeZone(), timeZone, now);
            score += TIME_ZONE * (1 - hours / 12.0);
            reasons.add(new Reason("application.suggest.time-zone", hours));
            double load = Math.min(1, (double) (c.mentees() + c.openInterviews()) / Math.max(1, c.capacity()));
            score += LOAD * (1 - load);
            reasons.add(new Reason("application.suggest.load", c.mentees(), c.capacity(), c.openInterviews()));
            result.add(new Suggestion(c.id(), c.name(), (int) Math.round(score), List.copyOf(reasons)));
        }
        result.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::name));
        return result;
    }

    static int hoursApart(String a, String b, Instant now) {
        try {
            int seconds = Math.abs(ZoneId.of(a).getRules().getOffset(now).getTotalSeconds()
                    - ZoneId.of(b).getRules().getOffset(now).getTotalSeconds());
            int hours = (int) Math.round(seconds / 3600.0);
            return Math.min(hours, 24 - hours);
        } catch (java.time.DateTimeException e) {
            return 12;
        }
    }

}
