package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.platform.PageResult;
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

    private final JdbcClient jdbc;
    private final MentorshipProperties properties;

    MentorshipQueries(JdbcClient jdbc, MentorshipProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Active Reps without an active mentor, longest waiting first, paged. */
    public PageResult<UnmentoredRep> repsWithoutActiveMentor(int page, int size) {
        String from = """
                from people p
                join person_roles r on r.person_id = p.id and r.role = 'REP'
                left join mentor_assignments a on a.mentee_id = p.id and a.ended_on is null
                left join people m on m.id = a.mentor_id
                where p.status = 'ACTIVE'
                  and (a.id is null or m.status <> 'ACTIVE'
                       or not exists (select 1 from person_roles mr where mr.person_id = m.id and mr.role = 'MENTOR'))""";
        long total = jdbc.sql("select count(*) " + from).query(Long.class).single();
        List<UnmentoredRep> items = jdbc.sql("select p.id, p.display_name, p.joined_on, m.id as mentor_id, m.display_name as mentor_name "
                        + from + " order by p.joined_on, p.id limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new UnmentoredRep(rs.getLong("id"), rs.getString("display_name"),
                        rs.getObject("joined_on", LocalDate.class), (Long) rs.getObject("mentor_id"), rs.getString("mentor_name")))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Active mentors with their current mentee counts, most loaded first, paged. */
    public PageResult<MentorLoad> mentorLoads(int page, int size) {
        long total = jdbc.sql("""
                        select count(*) from people p
                        where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')""")
                .query(Long.class).single();
        List<MentorLoad> items = jdbc.sql("""
                        select p.id, p.display_name,
                               (select count(*) from mentor_assignments a where a.mentor_id = p.id and a.ended_on is null) as mentees
                        from people p
                        where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')
                        order by mentees desc, lower(p.display_name), p.id
                        limit :limit offset :offset""")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new MentorLoad(rs.getLong("id"), rs.getString("display_name"), rs.getInt("mentees"),
                        properties.defaultCapacity()))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every current mentorship, in one query (for daily sweeps). */
    public List<CurrentAssignment> allCurrentAssignments() {
        return jdbc.sql("select mentee_id, mentor_id, started_on from mentor_assignments where ended_on is null order by mentee_id")
                .query((rs, n) -> new CurrentAssignment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The current mentorships of one mentor, in one query. */
    public List<CurrentAssignment> currentAssignmentsOf(long mentorId) {
        return jdbc.sql("select mentee_id, mentor_id, started_on from mentor_assignments where ended_on is null and mentor_id = ?")
                .param(mentorId)
                .query((rs, n) -> new CurrentAssignment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The current mentees of each of the given mentors, in one query. */
    public Map<Long, List<Long>> currentMenteesOf(Collection<Long> mentorIds) {
        var result = new HashMap<Long, List<Long>>();
        if (mentorIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select mentor_id, mentee_id from mentor_assignments where ended_on is null and mentor_id = any(:ids)")
                .param("ids", mentorIds.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }
}
