package org.repsportal.reports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.SequenceIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds many past reports at once with batched statements (demo programs, migrations). */
@Service
public class ReportsImport {

    /** A past report to add; codes are trusted to be in the catalog. */
    public record ImportedReport(long personId, NewReport report) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportsImport(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts the reports and returns their ids, in the given order. */
    @Transactional
    public List<Long> importAll(List<ImportedReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Long> reserved = SequenceIds.reserve(jdbc, "activity_reports_seq", reports.size());
        Timestamp now = Timestamp.from(clock.instant());
        var rows = new ArrayList<Object[]>(reports.size());
        var ids = new ArrayList<Long>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            ImportedReport r = reports.get(i);
            long id = reserved.get(i);
            ids.add(id);
            rows.add(new Object[] {id, r.personId(), Date.valueOf(r.report().date()),
                    r.report().activity(), r.report().functionalArea(), r.report().description(), r.report().link(), now});
        }
        jdbc.batchUpdate("""
                insert into activity_reports (id, person_id, reported_on, activity_code, area_code, description, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT,
                java.sql.Types.DATE, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                java.sql.Types.VARCHAR, java.sql.Types.TIMESTAMP});
        return ids;
    }
}
