package org.repsportal.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streaks and counts for any number of people in one statement. A streak is the run of reports up to the
 * last one in which no two reports are more than the streak gap apart; it is current while the last
 * report is within the gap of today.
 */
@Service
@Transactional(readOnly = true)
public class ActivityStatistics {

    private final JdbcClient jdbc;
    private final ReportsProperties properties;

    ActivityStatistics(JdbcClient jdbc, ReportsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * How many people of each group are not active on {@code today} (silent, since their last report or since they
     * joined, for longer than the program's inactivity threshold), in one statement; absences are not considered.
     */
    public <K> Map<K, Integer> inactiveCounts(Map<K, ? extends Collection<Long>> groups, LocalDate today) {
        var keys = new java.util.ArrayList<K>(groups.keySet());
        var groupIndexes = new java.util.ArrayList<Integer>();
        var people = new java.util.ArrayList<Long>();
        for (int i = 0; i < keys.size(); i++) {
            for (Long person : groups.get(keys.get(i))) {
                groupIndexes.add(i);
                people.add(person);
            }
        }
        var result = new HashMap<K, Integer>();
        keys.forEach(key -> result.put(key, 0));
        if (people.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select g.idx, count(*) from unnest(:groups, :people) as g(idx, person_id)
                        join people p on p.id = g.person_id
                        left join report_activity a on a.person_id = g.person_id
                        where coalesce(a.last_reported_on, p.joined_on) < :activeSince
                        group by g.idx""")
                .param("groups", groupIndexes.toArray(Integer[]::new)).param("people", people.toArray(Long[]::new))
                .param("activeSince", today.minusDays(properties.inactiveLow().toDays()))
                .query((java.sql.ResultSet rs) -> {
                    result.put(keys.get(rs.getInt(1)), rs.getInt(2));
                });
        return result;
    }

    /** Each person's last report date (people who never reported are left out), one index probe each. */
    public Map<Long, LocalDate> lastReportedOn(Collection<Long> personIds) {
        var result = new HashMap<Long, LocalDate>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, last_reported_on from report_activity where person_id = any(:ids)")
                    .param("ids", personIds.toArray(Long[]::new))
                    .query((java.sql.ResultSet rs) -> {
                        result.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    });
        }
        return result;
    }

    /**
     * The person's run of weeks and of months with a report up to today (see {@link ReportingStreak}): one
     * statement, whatever the number of reports.
     */
    public ReportingStreak streakOf(long personId, LocalDate today) {
        LocalDate thisWeek = today.with(java.time.DayOfWeek.MONDAY);
        return jdbc.sql("""
                        with weeks as (
                            select d, row_number() over (order by d desc) as n, max(d) over () as top
                            from (select distinct date_trunc('week', reported_on)::date as d from activity_reports
                                  where person_id = :person and reported_on <= :today) w
                        ), months as (
                            select d, row_number() over (order by d desc) as n, max(d) over () as top
                            from (select distinct date_trunc('month', reported_on)::date as d from activity_reports
                                  where person_id = :person and reported_on <= :today) m
                        )
                        select (select count(*) from weeks where top >= :lastWeek and d = top - (7 * (n - 1))::int) as weeks,
                               (select count(*) from months
                                 where top >= :lastMonth and d = (top - make_interval(months => (n - 1)::int))::date) as months""")
                .param("person", personId).param("today", today)
                .param("lastWeek", thisWeek.minusWeeks(1)).param("lastMonth", today.withDayOfMonth(1).minusMonths(1))
                .query((rs, n) -> new ReportingStreak(rs.getInt("weeks"), rs.getInt("months")))
                .single();
    }

    /**
     * How many reports of a verifiable activity each person filed since the given day that nobody verified yet
     * (people without any left out): one statement.
     */
    public Map<Long, Integer> unverifiedCounts(Collection<Long> personIds, LocalDate since) {
        var result = new HashMap<Long, Integer>();
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                            select r.person_id, count(*) from activity_reports r join activity_types t on t.code = r.activity_code
                            where r.person_id = any(:ids) and r.reported_on >= :since and t.verifiable and r.verified_at is null
                            group by r.person_id""")
                    .param("ids", personIds.toArray(Long[]::new)).param("since", since)
                    .query((java.sql.ResultSet rs) -> {
                        result.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return result;
    }

    public Map<Long, ActivityStats> of(Collection<Long> personIds, LocalDate today) {
        var result = new HashMap<Long, ActivityStats>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        with counts as (
                            select person_id, max(reported_on) as last_on,
                                   count(*) filter (where reported_on > :today - 28) as in4,
                                   count(*) filter (where reported_on > :today - 56) as in8
                            from activity_reports where person_id = any(:ids) group by person_id
                        ), ordered as (
                            select person_id, reported_on,
                                   lead(reported_on) over (partition by person_id order by reported_on) as next_on
                            from (select distinct person_id, reported_on from activity_reports where person_id = any(:ids)) d
                        ), streaks as (
                            select person_id,
                                   coalesce(max(next_on) filter (where next_on - reported_on > :gap), min(reported_on)) as streak_start
                            from ordered group by person_id
                        )
                        select c.person_id, c.last_on, c.in4, c.in8, s.streak_start
                        from counts c join streaks s on s.person_id = c.person_id""")
                .param("ids", personIds.toArray(Long[]::new))
                .param("today", today)
                .param("gap", properties.streakGapDays())
                .query((rs, n) -> {
                    long id = rs.getLong("person_id");
                    LocalDate last = rs.getObject("last_on", LocalDate.class);
                    LocalDate start = rs.getObject("streak_start", LocalDate.class);
                    int streak = last.plusDays(properties.streakGapDays()).isBefore(today)
                            ? 0 : (int) (java.time.temporal.ChronoUnit.DAYS.between(start, last) / 7) + 1;
                    return new ActivityStats(id, last, rs.getInt("in4"), rs.getInt("in8"), streak);
                })
                .list()
                .forEach(stats -> result.put(stats.personId(), stats));
        personIds.forEach(id -> result.putIfAbsent(id, ActivityStats.none(id)));
        return result;
    }
}
