package org.repsportal.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.library.LibraryViews.PageListing;
import org.repsportal.library.LibraryViews.SuggestionListing;
import org.repsportal.library.LibraryViews.VersionListing;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's lists, paged: one statement for the page and one for the count. */
@Service
@Transactional(readOnly = true)
public class LibraryQueries {

    private static final String PAGE_COLUMNS = """
            select p.slug, p.title, p.summary, p.current_version, p.review_by, p.flagged_outdated,
                   (select count(*) from sop_suggestions s where s.page_id = p.id and s.state = 'PENDING') as pending
            from sop_pages p""";

    private static final String SUGGESTION_COLUMNS = """
            select s.id, p.slug, p.title, s.base_version, s.author_id, a.display_name, s.note, s.created_at, s.state
            from sop_suggestions s
            join sop_pages p on p.id = s.page_id
            join people a on a.id = s.author_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    LibraryQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** All pages by title. */
    public PageResult<PageListing> pages(int page, int size) {
        long total = jdbc.sql("select count(*) from sop_pages").query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        List<PageListing> items = jdbc.sql(PAGE_COLUMNS + " order by lower(p.title), p.id limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> listing(rs, today))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Pages past their review-by date or flagged as outdated, the longest overdue first (for the Council). */
    public PageResult<PageListing> dueForReview(int page, int size) {
        LocalDate today = LocalDate.now(clock);
        String where = " where p.review_by < :today or p.flagged_outdated";
        long total = jdbc.sql("select count(*) from sop_pages p" + where).param("today", today).query(Long.class).single();
        List<PageListing> items = jdbc.sql(PAGE_COLUMNS + where + " order by p.review_by, p.id limit :limit offset :offset")
                .param("today", today).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> listing(rs, today))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** A page's versions, newest first. */
    public PageResult<VersionListing> history(String slug, int page, int size) {
        Long pageId = jdbc.sql("select id from sop_pages where slug = :slug").param("slug", slug).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Page", slug));
        long total = jdbc.sql("select count(*) from sop_page_versions where page_id = :page").param("page", pageId)
                .query(Long.class).single();
        List<VersionListing> items = jdbc.sql("""
                        select v.number, v.created_at, v.author_id, a.display_name, v.change_note, v.suggestion_id
                        from sop_page_versions v left join people a on a.id = v.author_id
                        where v.page_id = :page order by v.number desc limit :limit offset :offset""")
                .param("page", pageId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new VersionListing(rs.getInt("number"), instant(rs, "created_at"),
                        (Long) rs.getObject("author_id"), rs.getString("display_name"), rs.getString("change_note"),
                        (Long) rs.getObject("suggestion_id")))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Suggestions waiting for a Council editor, oldest first. */
    public PageResult<SuggestionListing> pendingSuggestions(int page, int size) {
        long total = jdbc.sql("select count(*) from sop_suggestions where state = 'PENDING'").query(Long.class).single();
        List<SuggestionListing> items = jdbc.sql(SUGGESTION_COLUMNS
                        + " where s.state = 'PENDING' order by s.created_at, s.id limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> suggestion(rs))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** All suggestions for one page, newest first. */
    public PageResult<SuggestionListing> suggestionsFor(String slug, int page, int size) {
        long total = jdbc.sql("select count(*) from sop_suggestions s join sop_pages p on p.id = s.page_id where p.slug = :slug")
                .param("slug", slug).query(Long.class).single();
        List<SuggestionListing> items = jdbc.sql(SUGGESTION_COLUMNS
                        + " where p.slug = :slug order by s.created_at desc, s.id desc limit :limit offset :offset")
                .param("slug", slug).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> suggestion(rs))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    private static PageListing listing(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate reviewBy = rs.getObject("review_by", LocalDate.class);
        boolean flagged = rs.getBoolean("flagged_outdated");
        boolean past = reviewBy.isBefore(today);
        return new PageListing(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getInt("current_version"), reviewBy, flagged, flagged || past, past, rs.getInt("pending"));
    }

    private static SuggestionListing suggestion(ResultSet rs) throws SQLException {
        return new SuggestionListing(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getInt("base_version"),
                rs.getLong("author_id"), rs.getString("display_name"), rs.getString("note"), instant(rs, "created_at"),
                SuggestionState.valueOf(rs.getString("state")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
