package org.repsportal.checkins;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.dashboard.CheckInDates;
import org.repsportal.mentorship.MentorshipQueries;
import org.repsportal.mentorship.MentorshipQueries.CurrentAssignment;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads about check-ins for pages, the dashboard and the daily watch; every read is a fixed number of
 * statements whatever the number of mentorships.
 */
@Service
@Transactional(readOnly = true)
public class CheckInQueries implements CheckInDates {

    /** A check-in as lists show it (no goals or notes). */
    public record CheckInItem(long id, long mentorId, String mentorName, long menteeId, String menteeName,
                              java.time.Instant scheduledAt, String timeZone, CheckInStatus status, LocalDate heldOn) {
    }

    private final JdbcClient jdbc;
    private final MentorshipQueries mentorships;
    private final CheckInsProperties properties;
    private final Clock clock;
    private final CheckInTracking tracking;

    CheckInQueries(JdbcClient jdbc, MentorshipQueries mentorships, CheckInsProperties properties, Clock clock,
                   CheckInTracking tracking) {
        this.jdbc = jdbc;
        this.tracking = tracking;
        this.mentorships = mentorships;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Map<Long, Dates> of(long mentorId, Collection<Long> menteeIds) {
        var result = new HashMap<Long, Dates>();
        for (MentorshipRhythm rhythm : rhythms(mentorships.currentAssignmentsOf(mentorId), LocalDate.now(clock))) {
            if (menteeIds.contains(rhythm.menteeId())) {
                result.put(rhythm.menteeId(), new Dates(rhythm.lastHeldOn(), rhythm.nextPlannedOn(), rhythm.overdue()));
            }
        }
        return result;
    }

    /** The rhythm of each given mentorship on a day: two statements (plans, check-ins) for any number. */
    public List<MentorshipRhythm> rhythms(List<CurrentAssignment> assignments, LocalDate today) {
        if (assignments.isEmpty()) {
            return List.of();
        }
        List<Long> mentees = assignments.stream().map(CurrentAssignment::menteeId).toList();
        Map<Long, Integer> cadences = new HashMap<>();
        jdbc.sql("select mentee_id, cadence_days from checkin_plans where mentee_id = any(:ids)").param("ids", mentees.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    cadences.put(rs.getLong(1), rs.getInt(2));
                });
        record Seen(LocalDate lastHeld, LocalDate nextPlanned) {
        }
        Map<String, Seen> seen = new HashMap<>();
        jdbc.sql("""
                        select mentor_id, mentee_id,
                               max(held_on) filter (where status = 'HELD') as last_held,
                               min(scheduled_at) filter (where status = 'PLANNED' and scheduled_at >= :now) as next_planned
                        from checkins where mentee_id = any(:ids)
                        group by mentor_id, mentee_id""")
                .param("ids", mentees.toArray(Long[]::new)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((ResultSet rs) -> {
                    java.sql.Timestamp next = rs.getTimestamp("next_planned");
                    seen.put(rs.getLong("mentor_id") + ":" + rs.getLong("mentee_id"), new Seen(rs.getObject("last_held", LocalDate.class),
                            next == null ? null : next.toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
                });
        int firstWithin = (int) properties.firstWithin().toDays();
        LocalDate trackedSince = tracking.since();
        var result = new ArrayList<MentorshipRhythm>(assignments.size());
        for (CurrentAssignment a : assignments) {
            int cadence = cadences.getOrDefault(a.menteeId(), (int) properties.cadence().toDays());
            Seen s = seen.getOrDefault(a.mentorId() + ":" + a.menteeId(), new Seen(null, null));
            LocalDate due = CadencePolicy.dueOn(a.startedOn(), s.lastHeld(), cadence, firstWithin);
            result.add(new MentorshipRhythm(a.menteeId(), a.mentorId(), s.lastHeld(), s.nextPlanned(), due,
                    CadencePolicy.overdue(due, today), CadencePolicy.missedCadences(due, trackedSince, today, cadence, firstWithin)));
        }
        return result;
    }

    /** A mentorship whose check-in is overdue, as the Council sees it: dates only, never goals or notes. */
    public record OverdueMentorship(MentorshipRhythm rhythm, String menteeName, String mentorName) {
    }

    /**
     * Every mentorship whose check-in is overdue, longest overdue first, paged: the rhythm of all current
     * mentorships in three statements, then the names of one page in a fourth.
     */
    public PageResult<OverdueMentorship> overdue(org.repsportal.people.Actor actor, LocalDate today, int page, int size) {
        CheckInAccessPolicy.mayOverview(actor).orForbid();
        List<MentorshipRhythm> all = rhythms(mentorships.allCurrentAssignments(), today).stream()
                .filter(MentorshipRhythm::overdue)
                .sorted(java.util.Comparator.comparing(MentorshipRhythm::dueOn).thenComparing(MentorshipRhythm::menteeId))
                .toList();
        List<MentorshipRhythm> slice = all.stream().skip((long) page * size).limit(size).toList();
        var ids = new java.util.HashSet<Long>();
        slice.forEach(r -> {
            ids.add(r.menteeId());
            ids.add(r.mentorId());
        });
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from people where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                    .query((ResultSet rs) -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return new PageResult<>(slice.stream()
                .map(r -> new OverdueMentorship(r, names.get(r.menteeId()), names.get(r.mentorId()))).toList(),
                page, size, all.size());
    }

    /** The mentees a mentor has planned or held a check-in with, in one query. */
    public java.util.Set<Long> menteesWithACheckIn(long mentorId) {
        return new java.util.HashSet<>(jdbc.sql("select distinct mentee_id from checkins where mentor_id = ? and status <> 'CANCELLED'")
                .param(mentorId).query(Long.class).list());
    }

    /** Check-ins in which a person takes part, newest first, paged. */
    public PageResult<CheckInItem> involving(long personId, int page, int size) {
        long total = jdbc.sql("select count(*) from checkins where mentor_id = :p or mentee_id = :p").param("p", personId)
                .query(Long.class).single();
        List<CheckInItem> items = jdbc.sql("""
                        select c.id, c.mentor_id, m.display_name as mentor_name, c.mentee_id, e.display_name as mentee_name,
                               c.scheduled_at, c.time_zone, c.status, c.held_on
                        from checkins c join people m on m.id = c.mentor_id join people e on e.id = c.mentee_id
                        where c.mentor_id = :p or c.mentee_id = :p
                        order by c.scheduled_at desc, c.id desc limit :limit offset :offset""")
                .param("p", personId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new CheckInItem(rs.getLong("id"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
                        rs.getLong("mentee_id"), rs.getString("mentee_name"), rs.getTimestamp("scheduled_at").toInstant(),
                        rs.getString("time_zone"), CheckInStatus.valueOf(rs.getString("status")), rs.getObject("held_on", LocalDate.class)))
                .list();
        return new PageResult<>(items, page, size, total);
    }
}
