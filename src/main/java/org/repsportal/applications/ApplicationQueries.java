package org.repsportal.applications;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the Council's queue, the interviewers' lists, the ranking and the funnel; each a fixed number of statements. */
@Service
@Transactional(readOnly = true)
class ApplicationQueries {

    /** An application as the queue lists it. */
    record QueueItem(long id, String name, String regionCode, ApplicationState state, Outcome outcome, Instant submittedAt,
                     long daysWaiting, String interviewerName, int referencesAnswered, int referees, boolean reapplying) {
    }

    /** One stage of the funnel over the period: how many reached it and the median days from the stage before. */
    record Stage(String key, long count, Double medianDays) {
    }

    record Funnel(List<Stage> stages, List<QueueItem> waitingLongest) {
    }

    private static final String ITEM = """
            select a.id, a.name, a.region_code, a.state, a.outcome, a.submitted_at, i.display_name as interviewer,
                   (select count(*) from application_referees r where r.application_id = a.id and r.state = 'ANSWERED') as answered,
                   (select count(*) from application_referees r where r.application_id = a.id) as referees,
                   a.earlier_id is not null as reapplying
            from applications a left join people i on i.id = a.interviewer_id
            """;

    private final JdbcClient jdbc;
    private final Mentorships mentorships;
    private final Clock clock;

    ApplicationQueries(JdbcClient jdbc, Mentorships mentorships, Clock clock) {
        this.jdbc = jdbc;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    /** The Council's queue: applications in the given states, the longest waiting first, paged (two statements). */
    PageResult<QueueItem> queue(Actor actor, Set<ApplicationState> states, int page, int size) {
        ApplicationAccessPolicy.mayScreen(actor).orForbid();
        String[] names = states.stream().map(Enum::name).toArray(String[]::new);
        long total = jdbc.sql("select count(*) from applications where state = any(?)").param(names).query(Long.class).single();
        List<QueueItem> items = jdbc.sql(ITEM + " where a.state = any(:states) order by coalesce(a.submitted_at, a.created_at), a.id limit :limit offset :offset")
                .param("states", names).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> item(rs)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** The interviews given to a mentor that are not decided yet, oldest first (one statement). */
    List<QueueItem> interviewsOf(long mentorId) {
        return jdbc.sql(ITEM + " where a.interviewer_id = ? and a.state = 'INTERVIEW' order by a.submitted_at, a.id")
                .param(mentorId).query((rs, n) -> item(rs)).list();
    }

    /** The onboardings a person takes part in, as new Rep or mentor, or all of them for the Council (one statement). */
    List<QueueItem> onboardingsOf(Actor actor) {
        boolean council = actor.has(org.repsportal.people.Role.COUNCIL);
        return jdbc.sql(ITEM + " where a.state in ('ONBOARDING', 'COMPLETED') and (:council or a.person_id = :p or a.mentor_id = :p)"
                        + " order by a.state desc, a.onboarding_at desc, a.id limit 100")
                .param("council", council).param("p", actor.personId()).query((rs, n) -> item(rs)).list();
    }

    /** Every active mentor as the interviewer ranking needs them: five statements for any number of mentors. */
    List<InterviewerRanking.Candidate> candidates() {
        record Row(long id, String name, String region, String zone, Set<String> languages) {
        }
        List<Row> rows = jdbc.sql("""
                        select p.id, p.display_name, c.region_code, p.time_zone,
                               array(select l.language_code from person_languages l where l.person_id = p.id) as languages
                        from people p join countries c on c.code = p.country_code
                        where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')
                        order by p.id""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new HashSet<>(Arrays.asList((String[]) rs.getArray(5).getArray()))))
                .list();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Long> loads = mentorships.currentMenteeCounts();
        Map<Long, Integer> capacities = mentorships.capacitiesOf(ids);
        Set<Long> notReady = mentorships.notReadyForNewMentees(ids);
        Map<Long, Long> interviews = new HashMap<>();
        jdbc.sql("select interviewer_id, count(*) from applications where state = 'INTERVIEW' and interviewer_id is not null group by interviewer_id")
                .query((ResultSet rs) -> {
                    interviews.put(rs.getLong(1), rs.getLong(2));
                });
        return rows.stream().map(r -> new InterviewerRanking.Candidate(r.id(), r.name(), r.region(), r.zone(), r.languages(),
                loads.getOrDefault(r.id(), 0L), capacities.get(r.id()), interviews.getOrDefault(r.id(), 0L),
                !notReady.contains(r.id()))).toList();
    }

    /**
     * The funnel of the last months: submitted → interviewed → decided → onboarded, counts and median days from the
     * stage before, in one statement; and the open applications waiting longest, in another.
     */
    Funnel funnel(Actor actor, int months) {
        ApplicationAccessPolicy.mayScreen(actor).orForbid();
        Timestamp since = Timestamp.from(clock.instant().atZone(java.time.ZoneOffset.UTC).minusMonths(months).toInstant());
        List<Stage> stages = jdbc.sql("""
                        with s as (
                            select a.submitted_at,
                                   (select min(c.recorded_at) from application_scorecards c where c.application_id = a.id) as interviewed_at,
                                   a.decided_at, a.onboarding_at
                            from applications a where a.submitted_at >= :since)
                        select count(*) as submitted,
                               count(interviewed_at) as interviewed,
                               percentile_cont(0.5) within group (order by extract(epoch from interviewed_at - submitted_at) / 86400)
                                   filter (where interviewed_at is not null) as to_interview,
                               count(decided_at) as decided,
                               percentile_cont(0.5) within group (order by extract(epoch from decided_at - coalesce(interviewed_at, submitted_at)) / 86400)
                                   filter (where decided_at is not null) as to_decision,
                               count(onboarding_at) as onboarded,
                               percentile_cont(0.5) within group (order by extract(epoch from onboarding_at - decided_at) / 86400)
                                   filter (where onboarding_at is not null) as to_onboarding
                        from s""")
                .param("since", since)
                .query((rs, n) -> List.of(
                        new Stage("submitted", rs.getLong("submitted"), null),
                        new Stage("interviewed", rs.getLong("interviewed"), median(rs, "to_interview")),
                        new Stage("decided", rs.getLong("decided"), median(rs, "to_decision")),
                        new Stage("onboarded", rs.getLong("onboarded"), median(rs, "to_onboarding"))))
                .single();
        List<QueueItem> waiting = jdbc.sql(ITEM + " where a.state in ('SUBMITTED', 'SCREENING', 'INTERVIEW') order by a.submitted_at, a.id limit 5")
                .query((rs, n) -> item(rs)).list();
        return new Funnel(stages, waiting);
    }

    private static Double median(ResultSet rs, String column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
    }

    private QueueItem item(ResultSet rs) throws java.sql.SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Instant at = submitted == null ? null : submitted.toInstant();
        long days = at == null ? 0 : java.time.Duration.between(at, clock.instant()).toDays();
        String outcome = rs.getString("outcome");
        return new QueueItem(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
                ApplicationState.valueOf(rs.getString("state")), outcome == null ? null : Outcome.valueOf(outcome), at, days,
                rs.getString("interviewer"), rs.getInt("answered"), rs.getInt("referees"), rs.getBoolean("reapplying"));
    }
}
