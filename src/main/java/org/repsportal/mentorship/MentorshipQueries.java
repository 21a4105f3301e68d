package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Consumer;

import org.repsportal.platform.ProgramFigures;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Council's lists about mentorship: who has no (active) mentor, and how loaded mentors are. */
@Service
@Transactional(readOnly = true)
public class MentorshipQueries {

    /** A Rep waiting for a mentor: none assigned, or the current one is alumni or no longer a mentor. */
    public record UnmentoredRep(long id, String displayName, LocalDate joinedOn, Long formerMentorId, String formerMentorName) {
    }

    /** A current mentorship: who, with whom, since when. */
    public record CurrentAssignment(long menteeId, long mentorId, LocalDate startedOn) {
    }

    /** A mentor's load. */
    public record MentorLoad(long mentorId, String displayName, int mentees, int capacity) {

        public boolean overCapacity() {
            return mentees > capacity;
        }
    }

    /**
     * Each mentee's current assignment on {@code :today}: the interim one covering the day, else the permanent
     * one. Derived from the dates, so an interim that ends today is over on every page before any job runs.
     */
    static final String CURRENT = """
            (select distinct on (ca.mentee_id) ca.id, ca.mentee_id, ca.mentor_id, ca.kind, ca.started_on, ca.ended_on
             from mentor_assignments ca
             where ca.started_on <= :today and (ca.ended_on is null or ca.ended_on > :today)
             order by ca.mentee_id, ca.ended_on asc nulls last, ca.id desc)""";

    /**
     * {@link #CURRENT} for the mentees of the mentors in {@code :mentors} only: their mentees are found through the
     * mentor's index first, so the cost follows the mentors' mentees, not the size of the program.
     */
    static final String CURRENT_OF_MENTORS = CURRENT.replace("where ca.started_on", """
            where ca.mentee_id in (select x.mentee_id from mentor_assignments x where x.mentor_id = any(:mentors)
                                   and x.started_on <= :today and (x.ended_on is null or x.ended_on > :today))
               and ca.started_on""");

    /** A mentor's load with the ids of their current mentees, as an export reads them. */
    public record MentorLoadWithMentees(MentorLoad load, List<Long> menteeIds) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient cursor;
    private final MentorshipProperties properties;
    private final ProgramFigures figures;
    private final Clock clock;

    MentorshipQueries(JdbcClient jdbc, JdbcTemplate template, MentorshipProperties properties, ProgramFigures figures,
                      Clock clock) {
        this.jdbc = jdbc;
        this.cursor = CsvExport.cursor(template);
        this.properties = properties;
        this.figures = figures;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Active Reps without an active mentor, longest waiting first, paged. */
    public PageResult<UnmentoredRep> repsWithoutActiveMentor(int page, int size) {
        return figures.of(today(), List.of("unmentored", page, size), () -> computeRepsWithoutActiveMentor(page, size));
    }

    private static final String UNMENTORED = """
            from people p
            join person_roles r on r.person_id = p.id and r.role = 'REP'
            left join %s a on a.mentee_id = p.id
            left join people m on m.id = a.mentor_id
            where p.status = 'ACTIVE'
              and (a.id is null or m.status <> 'ACTIVE'
                   or not exists (select 1 from person_roles mr where mr.person_id = m.id and mr.role = 'MENTOR'))""".formatted(CURRENT);

    private static final String UNMENTORED_SELECT = "select p.id, p.display_name, p.joined_on, m.id as mentor_id, m.display_name as mentor_name "
            + UNMENTORED + " order by p.joined_on, p.id";

    private PageResult<UnmentoredRep> computeRepsWithoutActiveMentor(int page, int size) {
        long total = jdbc.sql("select count(*) " + UNMENTORED).param("today", today()).query(Long.class).single();
        List<UnmentoredRep> items = jdbc.sql(UNMENTORED_SELECT + " limit :limit offset :offset")
                .param("today", today()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> unmentored(rs))
                .list();
        return new PageResult<>(List.copyOf(items), page, size, total);
    }

    /**
     * Every active Rep without an active mentor, longest waiting first, handed over one by one as read through a
     * database cursor (one statement, constant memory; call it inside a transaction).
     */
    public void forEachWithoutActiveMentor(Consumer<UnmentoredRep> each) {
        cursor.sql(UNMENTORED_SELECT).param("today", today())
                .query((java.sql.ResultSet rs) -> {
                    each.accept(unmentored(rs));
                });
    }

    private static UnmentoredRep unmentored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnmentoredRep(rs.getLong("id"), rs.getString("display_name"), rs.getObject("joined_on", LocalDate.class),
                (Long) rs.getObject("mentor_id"), rs.getString("mentor_name"));
    }

    /** Active mentors with their current mentee counts, most loaded first, paged. */
    public PageResult<MentorLoad> mentorLoads(int page, int size) {
        return figures.of(today(), List.of("loads", page, size), () -> computeMentorLoads(page, size));
    }

    private static final String LOADS = """
            select p.id, p.display_name, coalesce(n.mentees, 0) as mentees,
                   coalesce(mc.capacity, :capacity) as capacity%s
            from people p
            left join (select a.mentor_id, count(*) as mentees%s from %s a group by a.mentor_id) n on n.mentor_id = p.id
            left join mentor_capacities mc on mc.mentor_id = p.id
            where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')
            order by mentees desc, lower(p.display_name), p.id""";

    private PageResult<MentorLoad> computeMentorLoads(int page, int size) {
        long total = jdbc.sql("""
                        select count(*) from people p
                        where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')""")
                .query(Long.class).single();
        List<MentorLoad> items = jdbc.sql(LOADS.formatted("", "", CURRENT) + " limit :limit offset :offset")
                .param("today", today()).param("capacity", properties.defaultCapacity())
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> load(rs))
                .list();
        return new PageResult<>(List.copyOf(items), page, size, total);
    }

    /**
     * Every active mentor with their load and current mentees, most loaded first, handed over one by one as read
     * through a database cursor (one statement, constant memory; call it inside a transaction).
     */
    public void forEachMentorLoad(Consumer<MentorLoadWithMentees> each) {
        cursor.sql(LOADS.formatted(", n.mentee_ids", ", array_agg(a.mentee_id order by a.mentee_id) as mentee_ids", CURRENT))
                .param("today", today()).param("capacity", properties.defaultCapacity())
                .query((java.sql.ResultSet rs) -> {
                    java.sql.Array ids = rs.getArray("mentee_ids");
                    List<Long> mentees = ids == null ? List.of() : List.of((Long[]) ids.getArray());
                    each.accept(new MentorLoadWithMentees(load(rs), mentees));
                });
    }

    private static MentorLoad load(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MentorLoad(rs.getLong("id"), rs.getString("display_name"), rs.getInt("mentees"), rs.getInt("capacity"));
    }

    /**
     * How evenly mentees are spread: mentees per active mentor (min, median, max), mentors over their capacity
     * and without mentees, and the program's mentee-to-mentor ratio against the one it aims for.
     */
    public record Fairness(int mentors, int mentees, int min, double median, int max, int overCapacity,
                           int withoutMentees, double ratio, int targetRatio) {

        /** One mentor's current mentees and capacity. */
        record Load(int mentees, int capacity) {
        }

        /** The figures of the given mentors' loads; the ratio is rounded to one decimal. */
        static Fairness of(List<Load> loads, int targetRatio) {
            int mentors = loads.size();
            if (mentors == 0) {
                return new Fairness(0, 0, 0, 0, 0, 0, 0, 0, targetRatio);
            }
            int[] sorted = loads.stream().mapToInt(Load::mentees).sorted().toArray();
            int mentees = java.util.Arrays.stream(sorted).sum();
            double median = mentors % 2 == 1 ? sorted[mentors / 2] : (sorted[mentors / 2 - 1] + sorted[mentors / 2]) / 2.0;
            int over = (int) loads.stream().filter(l -> l.mentees() > l.capacity()).count();
            int without = (int) loads.stream().filter(l -> l.mentees() == 0).count();
            double ratio = Math.round(10.0 * mentees / mentors) / 10.0;
            return new Fairness(mentors, mentees, sorted[0], median, sorted[mentors - 1], over, without, ratio, targetRatio);
        }

        public boolean ratioAboveTarget() {
            return ratio > targetRatio;
        }
    }

    /** The fairness figures over every active mentor, from one query. */
    public Fairness fairness() {
        return figures.of(today(), "fairness", this::computeFairness);
    }

    private Fairness computeFairness() {
        List<Fairness.Load> loads = jdbc.sql("""
                        with cur as %s
                        select coalesce(n.mentees, 0) as load, coalesce(mc.capacity, :capacity) as capacity
                        from people p
                        left join (select mentor_id, count(*) as mentees from cur group by mentor_id) n on n.mentor_id = p.id
                        left join mentor_capacities mc on mc.mentor_id = p.id
                        where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')"""
                        .formatted(CURRENT))
                .param("today", today()).param("capacity", properties.defaultCapacity())
                .query((rs, n) -> new Fairness.Load(rs.getInt("load"), rs.getInt("capacity"))).list();
        return Fairness.of(loads, properties.programRatio());
    }

    /** Every current mentorship, in one query (for daily sweeps). */
    public List<CurrentAssignment> allCurrentAssignments() {
        return jdbc.sql("select mentee_id, mentor_id, started_on from " + CURRENT + " c order by mentee_id")
                .param("today", today()).query((rs, n) -> new CurrentAssignment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The current mentorships of one mentor, in one query. */
    public List<CurrentAssignment> currentAssignmentsOf(long mentorId) {
        return jdbc.sql("select mentee_id, mentor_id, started_on from " + CURRENT_OF_MENTORS
                        + " c where mentor_id = :mentor order by started_on, mentee_id")
                .param("today", today()).param("mentor", mentorId).param("mentors", new Long[] {mentorId})
                .query((rs, n) -> new CurrentAssignment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The current mentees of each of the given mentors, in one query. */
    public Map<Long, List<Long>> currentMenteesOf(Collection<Long> mentorIds) {
        var result = new HashMap<Long, List<Long>>();
        if (mentorIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select mentor_id, mentee_id from " + CURRENT_OF_MENTORS + " c where mentor_id = any(:mentors)")
                .param("today", today()).param("mentors", mentorIds.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }
}
