package org.repsportal.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.repsportal.mentorship.ReportActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the alumni watch who has not reported for long, in one query. */
@Component
@Transactional(readOnly = true)
class ReportSilence implements ReportActivity {

    private final JdbcClient jdbc;

    ReportSilence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, LocalDate> silentSince(LocalDate before) {
        var silent = new HashMap<Long, LocalDate>();
        jdbc.sql("""
                        select p.id, coalesce(a.last_reported_on, p.joined_on) as last_on
                        from people p
                        join person_roles pr on pr.person_id = p.id and pr.role = 'REP'
                        left join report_activity a on a.person_id = p.id
                        where p.status = 'ACTIVE' and coalesce(a.last_reported_on, p.joined_on) < :before""")
                .param("before", before)
                .query((rs, n) -> silent.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return silent;
    }
}
