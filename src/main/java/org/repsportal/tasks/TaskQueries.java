package org.repsportal.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Consumer;

import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of tasks for pages and the API: each list is one statement for the page and one for the count. Titles are
 * in the reader's language (the language the request is answered in).
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

    private static final String OPEN = "('OPEN', 'IN_PROGRESS', 'WAITING')";

    private final JdbcClient jdbc;
    private final JdbcClient cursor;
    private final Texts texts;

    TaskQueries(JdbcClient jdbc, JdbcTemplate template, Texts texts) {
        this.jdbc = jdbc;
        this.cursor = CsvExport.cursor(template);
        this.texts = texts;
    }

    /** The texts of the language the current request is answered in. */
    private Texts reader() {
        return texts.in(LocaleContextHolder.getLocale());
    }

    public PageResult<TaskSummary> list(TaskFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from tasks t" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        Texts reader = reader();
        List<TaskSummary> items = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .params(params).query((rs, n) -> summary(rs, reader)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every task the filter finds, in the list's order, handed over one by one as read through a cursor. */
    void forEach(TaskFilter filter, Consumer<TaskSummary> each) {
        Map<String, Object> params = new HashMap<>();
        Texts reader = reader();
        cursor.sql(SELECT + where(filter, params) + ORDER).params(params)
                .query((ResultSet rs) -> {
                    each.accept(summary(rs, reader));
                });
    }

    private static final String ORDER = " order by (t.state in " + OPEN + ") desc, t.due_on nulls last, t.id";

    private static String where(TaskFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.assigneeId() != null) {
            where.append(" and t.assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.involvingId() != null) {
            // the ids first, each side from its own index: an "or" across the two tables reads all tasks
            where.append(" and t.id = any(array(select x.id from tasks x where x.assignee_id = :involving"
                    + " union select w.task_id from task_watchers w where w.person_id = :involving))");
            params.put("involving", filter.involvingId());
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " and t.state in " + OPEN : " and t.state not in " + OPEN);
        }
        if (filter.type() != null) {
            where.append(" and t.type = :type");
            params.put("type", filter.type().name());
        }
        return where.toString();
    }

    /** Open tasks assigned to a person, soonest due first (the dashboard's mentorship queue). */
    public List<TaskSummary> openFor(long assigneeId, int limit) {
        return jdbc.sql(SELECT + " where t.assignee_id = :assignee and t.state in " + OPEN
                        + " order by t.due_on nulls last, t.id limit :limit")
                .param("assignee", assigneeId).param("limit", limit)
                .query((rs, n) -> summary(rs, reader())).list();
    }

    /** One task as lists show it (the caller decided that the actor may see it). */
    TaskSummary summary(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query((rs, n) -> summary(rs, reader())).single();
    }

    public long countOpenFor(long assigneeId) {
        return jdbc.sql("select count(*) from tasks t where t.assignee_id = :assignee and t.state in " + OPEN)
                .param("assignee", assigneeId).query(Long.class).single();
    }

    /** How many open tasks a person is given or watches: one statement. */
    long countOpenInvolving(long personId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new TaskFilter(null, personId, true, null), params);
        return jdbc.sql("select count(*) from tasks t" + where).params(params).query(Long.class).single();
    }

    /** How many open tasks there are about each of the given people, in one statement. */
    public Map<Long, Integer> openCountsAbout(Collection<Long> subjectIds) {
        var counts = new HashMap<Long, Integer>();
        if (subjectIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select t.subject_person_id, count(*) as n from tasks t where t.subject_person_id = any(:ids) and t.state in "
                        + OPEN + " group by t.subject_person_id")
                .param("ids", subjectIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    // names by key for the page's rows only: a join lets the planner read all of people to merge with a short list
    private static final String SELECT = """
            select t.id, t.type, t.title, t.title_key, t.title_args, t.state, t.priority, t.due_on, t.subject_person_id,
                   (select s.display_name from people s where s.id = t.subject_person_id) as subject_name,
                   t.assignee_id, (select a.display_name from people a where a.id = t.assignee_id) as assignee_name,
                   t.covering_for_id, (select c.display_name from people c where c.id = t.covering_for_id) as covering_for_name
            from tasks t""";

    private static TaskSummary summary(ResultSet rs, Texts reader) throws SQLException {
        return new TaskSummary(rs.getLong("id"), TaskType.valueOf(rs.getString("type")), title(rs, reader),
                TaskState.valueOf(rs.getString("state")), TaskPriority.valueOf(rs.getString("priority")),
                rs.getObject("due_on", java.time.LocalDate.class), (Long) rs.getObject("subject_person_id"),
                rs.getString("subject_name"), rs.getLong("assignee_id"), rs.getString("assignee_name"),
                (Long) rs.getObject("covering_for_id"), rs.getString("covering_for_name"));
    }

    /** The title of the row (columns {@code title}, {@code title_key}, {@code title_args}) in the reader's language. */
    static String title(ResultSet rs, Texts reader) throws SQLException {
        java.sql.Array args = rs.getArray("title_args");
        return TaskTitle.render(rs.getString("title"), rs.getString("title_key"),
                args == null ? null : (String[]) args.getArray(), reader);
    }
}
