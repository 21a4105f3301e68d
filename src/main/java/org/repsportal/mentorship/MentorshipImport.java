package org.repsportal.mentorship;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds many current assignments at once with batched statements (large demo programs, migrations). */
@Service
public class MentorshipImport {

    /** An assignment to add, current or ended; the pair is trusted to satisfy the assignment rules. */
    public record ImportedAssignment(long menteeId, long mentorId, AssignmentKind kind, LocalDate startedOn, String reason,
                                     LocalDate endedOn, String endReason) {

        public static ImportedAssignment current(long menteeId, long mentorId, LocalDate startedOn, String reason) {
            return new ImportedAssignment(menteeId, mentorId, AssignmentKind.PERMANENT, startedOn, reason, null, null);
        }
    }

    private static final int ID_BLOCK = 50;

    private final JdbcTemplate jdbc;

    MentorshipImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void importAll(List<ImportedAssignment> assignments) {
        int blocks = (assignments.size() + ID_BLOCK - 1) / ID_BLOCK;
        List<Long> starts = jdbc.queryForList("select nextval('mentor_assignments_seq') from generate_series(1, ?)",
                Long.class, blocks);
        var rows = new ArrayList<Object[]>(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            ImportedAssignment a = assignments.get(i);
            long id = starts.get(i / ID_BLOCK) + (i % ID_BLOCK);
            rows.add(new Object[] {id, a.menteeId(), a.mentorId(), a.kind().name(), Date.valueOf(a.startedOn()), a.reason(),
                    a.endedOn() == null ? null : Date.valueOf(a.endedOn()), a.endReason()});
        }
        jdbc.batchUpdate("""
                insert into mentor_assignments (id, mentee_id, mentor_id, kind, started_on, reason, ended_on, end_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT,
                java.sql.Types.BIGINT, java.sql.Types.VARCHAR, java.sql.Types.DATE, java.sql.Types.VARCHAR,
                java.sql.Types.DATE, java.sql.Types.VARCHAR});
    }
}
