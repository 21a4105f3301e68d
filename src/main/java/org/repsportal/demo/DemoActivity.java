package org.repsportal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.repsportal.reports.NewReport;
import org.repsportal.reports.ReportsImport.ImportedReport;

/**
 * A year of reports for the demo program: most Reps report every week or two, some have gone quiet for
 * a month or two, a few for half a year or more.
 */
final class DemoActivity {

    /** How a person's reporting looks: the days since their last report and the longest gap between reports before. */
    record Pattern(int silentDays, int maxGap) {
    }

    private static final List<String> ACTIVITIES = List.of("ORGANIZED_EVENT", "ATTENDED_EVENT", "SPOKE_AT_EVENT",
            "LOCALIZATION_WORK", "WROTE_ARTICLE", "MENTORED", "CODE_CONTRIBUTION", "SOCIAL_MEDIA", "RECRUITED",
            "POST_EVENT_METRICS");

    private static final Map<String, List<String>> TEXTS = Map.of(
            "ORGANIZED_EVENT", List.of("Organised a community meetup on privacy tools; 34 people came, 12 new faces.",
                    "Ran a half-day localization sprint at the university library with 15 students.",
                    "Hosted an online launch party for the new release with a live Q&A."),
            "ATTENDED_EVENT", List.of("Attended the regional open source conference and staffed our booth.",
                    "Joined the community call and took notes for the regional wiki."),
            "SPOKE_AT_EVENT", List.of("Gave a talk on browser privacy settings to 80 high school students.",
                    "Spoke about contributing without code at a developer meetup."),
            "LOCALIZATION_WORK", List.of("Translated 240 strings and reviewed 90 suggestions.",
                    "Reviewed the glossary with two new localizers and fixed inconsistent terms."),
            "WROTE_ARTICLE", List.of("Wrote a blog post about our campus club's first year.",
                    "Published a how-to on filing good bug reports, in two languages."),
            "MENTORED", List.of("Helped two new contributors set up their first patch.",
                    "Weekly call with the new campus club leads."),
            "CODE_CONTRIBUTION", List.of("Landed a patch fixing keyboard focus in the settings page.",
                    "Fixed three small documentation bugs in the add-ons guide."),
            "SOCIAL_MEDIA", List.of("Ran the regional campaign for the privacy month; 5k impressions.",
                    "Shared event photos and a recap thread."),
            "RECRUITED", List.of("Brought four new volunteers into the localization team.",
                    "Onboarded a university club as a new community group."),
            "POST_EVENT_METRICS", List.of("Filed metrics for the meetup: attendance 34, 12 sign-ups, 3 follow-up events planned."));

    private static final List<String> AREAS = List.of("EVENTS", "LOCALIZATION", "PRIVACY", "EDUCATION", "DEVELOPMENT",
            "MARKETING", "COMMUNITY_BUILDING", "DOCUMENTATION", "SUPPORT");

    private DemoActivity() {
    }

    static Pattern randomPattern(Random random) {
        int roll = random.nextInt(100);
        if (roll < 68) {
            return new Pattern(random.nextInt(18), 4 + random.nextInt(5));
        }
        if (roll < 82) {
            return new Pattern(30 + random.nextInt(25), 8 + random.nextInt(10));
        }
        if (roll < 94) {
            return new Pattern(60 + random.nextInt(100), 10 + random.nextInt(15));
        }
        return new Pattern(200 + random.nextInt(200), 14 + random.nextInt(20));
    }

    /** Reports from about a year ago (or the join date) up to the pattern's last report. */
    static List<ImportedReport> reports(long personId, LocalDate joined, Pattern pattern, LocalDate today, Random random) {
        var reports = new ArrayList<ImportedReport>();
        LocalDate start = joined.isAfter(today.minusYears(1)) ? joined : today.minusYears(1);
        LocalDate day = today.minusDays(pattern.silentDays());
        while (!day.isBefore(start)) {
            String activity = ACTIVITIES.get(random.nextInt(ACTIVITIES.size()));
            List<String> texts = TEXTS.get(activity);
            String link = random.nextInt(3) == 0 ? "https://community.example.org/posts/" + personId + "-" + day : null;
            reports.add(new ImportedReport(personId, new NewReport(day, activity, AREAS.get(random.nextInt(AREAS.size())),
                    texts.get(random.nextInt(texts.size())), link, null, null)));
            day = day.minusDays(1 + random.nextInt(pattern.maxGap()));
        }
        return reports;
    }
}
