package org.repsportal.mentorship;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.SequenceIds;
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

    private final JdbcTemplate jdbc;

    MentorshipImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void importAll(List<ImportedAssignment> assignments) {
        List<Long> ids = SequenceIds.reserve(jdbc, "mentor_assignments_seq", assignments.size());
        var rows = new ArrayList<Object[]>(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            ImportedAssignment a = assignments.get(i);
            long id = ids.get(i);
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
