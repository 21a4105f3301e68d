package org.repsportal.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.ProgramFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of reports, newest first: one statement for the page and one for the count, whatever the filter. */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

    private final JdbcClient jdbc;
    private final JdbcClient cursor;
    private final ProgramFigures figures;
    private final java.time.Clock clock;

    ReportQueries(JdbcClient jdbc, JdbcTemplate template, ProgramFigures figures, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.cursor = CsvExport.cursor(template);
        this.figures = figures;
        this.clock = clock;
    }

    /** A Rep silent since a date: their last report, or when they joined if they never reported. */
    public record SilentRep(long id, String displayName, java.time.LocalDate silentSince) {
    }

    /**
     * Who went silent: the Reps longest without a report since the first cutoff, and how many are silent
     * since each cutoff. One statement: the counts are window functions over the same silence.
     */
    public record Silence(List<SilentRep> longest, long sinceFirstCutoff, long sinceSecondCutoff) {

        public List<SilentRep> longestSince(java.time.LocalDate cutoff) {
            return longest.stream().filter(rep -> rep.silentSince().isBefore(cutoff)).toList();
        }
    }

    /**
     * Active Reps without a report (or, never having reported, since joining) before each cutoff; {@code second} is the
     * earlier. It reads every active Rep, so it is kept among the program's figures: a report changes it only when it
     * ends or begins a silence of six months or more, which raises their counter.
     */
    public Silence silence(java.time.LocalDate first, java.time.LocalDate second, int limit) {
        return figures.of(java.time.LocalDate.now(clock), List.of("silence", first, second, limit),
                () -> computeSilence(first, second, limit));
    }

    private Silence computeSilence(java.time.LocalDate first, java.time.LocalDate second, int limit) {
        var rows = new java.util.ArrayList<SilentRep>();
        long[] counts = new long[2];
        jdbc.sql("""
                        select p.id, p.display_name, coalesce(l.last_on, p.joined_on) as since,
                               count(*) over () as silent_first,
                               count(*) filter (where coalesce(l.last_on, p.joined_on) < :second) over () as silent_second
                        from people p
                        join person_roles pr on pr.person_id = p.id and pr.role = 'REP'
                        left join (select a.person_id, a.last_reported_on as last_on from report_activity a) l on l.person_id = p.id
                        where p.status = 'ACTIVE' and coalesce(l.last_on, p.joined_on) < :first
                        order by since, p.id
                        limit :limit""")
                .param("first", first).param("second", second).param("limit", limit)
                .query((java.sql.ResultSet rs) -> {
                    rows.add(new SilentRep(rs.getLong("id"), rs.getString("display_name"), rs.getObject("since", java.time.LocalDate.class)));
                    counts[0] = rs.getLong("silent_first");
                    counts[1] = rs.getLong("silent_second");
                });
        return new Silence(rows, counts[0], counts[1]);
    }

    /** Every active Rep silent since before the cutoff, longest silent first, one by one through a cursor. */
    public void forEachSilent(java.time.LocalDate cutoff, Consumer<SilentRep> each) {
        cursor.sql("""
                        select p.id, p.display_name, coalesce(a.last_reported_on, p.joined_on) as since
                        from people p
                        join person_roles pr on pr.person_id = p.id and pr.role = 'REP'
                        left join report_activity a on a.person_id = p.id
                        where p.status = 'ACTIVE' and coalesce(a.last_reported_on, p.joined_on) < :cutoff
                        order by since, p.id""")
                .param("cutoff", cutoff)
                .query((ResultSet rs) -> {
                    each.accept(new SilentRep(rs.getLong("id"), rs.getString("display_name"),
                            rs.getObject("since", java.time.LocalDate.class)));
                });
    }

    public PageResult<ReportItem> list(ReportFilter filter, int page, int size) {
        if (filter.personIds() != null && filter.personIds().isEmpty()) {
            return new PageResult<>(List.of(), page, size, 0);
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from activity_reports r" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ReportItem> items = jdbc.sql(SELECT + where + " order by r.reported_on desc, r.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> item(rs))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /**
     * Every report the filter finds, newest first, handed over one by one as it is read through a cursor
     * (one statement, constant memory whatever the number of reports).
     */
    public void forEach(ReportFilter filter, Consumer<ReportItem> each) {
        if (filter.personIds() != null && filter.personIds().isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        cursor.sql(SELECT + where(filter, params) + " order by r.reported_on desc, r.id desc")
                .params(params)
                .query((ResultSet rs) -> {
                    each.accept(item(rs));
                });
    }

    private static final String SELECT = """
            select r.id, r.person_id, p.display_name, r.reported_on, r.activity_code, a.name as activity_name,
                   r.area_code, f.name as area_name, r.description, r.link, r.verified_at is not null as verified,
                   (select count(*) from report_comments c where c.report_id = r.id) as comments, a.verifiable
            from activity_reports r
            join people p on p.id = r.person_id
            join activity_types a on a.code = r.activity_code
            join functional_areas f on f.code = r.area_code""";

    private static String where(ReportFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.personIds() != null) {
            where.append(" and r.person_id = any(:people)");
            params.put("people", filter.personIds().toArray(Long[]::new));
        }
        if (filter.month() != null) {
            where.append(" and r.reported_on between :from and :to");
            params.put("from", filter.month().atDay(1));
            params.put("to", filter.month().atEndOfMonth());
        }
        if (filter.activity() != null && !filter.activity().isBlank()) {
            where.append(" and r.activity_code = :activity");
            params.put("activity", filter.activity());
        }
        if (filter.unverified()) {
            // still found through the (person_id, reported_on) index; the activity types are a table of a few rows
            where.append(" and r.verified_at is null"
                    + " and r.activity_code in (select v.code from activity_types v where v.verifiable)");
        }
        return where.toString();
    }

    private static ReportItem item(ResultSet rs) throws SQLException {
        return new ReportItem(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"),
                rs.getObject("reported_on", java.time.LocalDate.class), rs.getString("activity_code"),
                rs.getString("activity_name"), rs.getString("area_code"), rs.getString("area_name"),
                rs.getString("description"), rs.getString("link"), rs.getBoolean("verified"), rs.getInt("comments"),
                rs.getBoolean("verifiable"));
    }
}
