package org.repsportal.tasks;

import java.util.ArrayList;
import java.util.Arrays;

import org.repsportal.people.ErasedNames;
import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: they stop watching any task, and where a task's title (or an
 * argument of it), a note or a comment names them, the former member's name stands instead. Their open tasks are
 * withdrawn by the mentorship module ({@link TasksWithdrawn}).
 */
@Component
class ErasedTaskPeople {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ErasedNames names;

    ErasedTaskPeople(JdbcClient jdbc, JdbcTemplate template, ErasedNames names) {
        this.jdbc = jdbc;
        this.template = template;
        this.names = names;
    }

    @EventListener
    void on(PersonErased erased) {
        jdbc.sql("delete from task_watchers where person_id = ?").param(erased.personId()).update();
        String[] like = erased.likePatterns();
        if (like.length == 0) {
            return;
        }
        var titles = new ArrayList<Object[]>();
        jdbc.sql("""
                        select id, title, title_args from tasks
                        where title ilike any(:like) or exists (select 1 from unnest(title_args) a where a ilike any(:like))""")
                .param("like", like)
                .query((java.sql.ResultSet rs) -> {
                    java.sql.Array array = rs.getArray("title_args");
                    String[] args = array == null ? null : (String[]) array.getArray();
                    String[] renamed = args == null ? null : Arrays.stream(args).map(erased::withoutNames).toArray(String[]::new);
                    String title = TaskTitle.shorten(erased.withoutNames(rs.getString("title")));
                    if (!title.equals(rs.getString("title")) || !Arrays.equals(args, renamed)) {
                        titles.add(new Object[] {title, renamed, rs.getLong("id")});
                    }
                });
        template.batchUpdate("update tasks set title = ?, title_args = ?, version = version + 1 where id = ?", titles, titles.size(),
                (ps, row) -> {
                    ps.setString(1, (String) row[0]);
                    ps.setArray(2, row[1] == null ? null : ps.getConnection().createArrayOf("text", (String[]) row[1]));
                    ps.setLong(3, (Long) row[2]);
                });
        names.replaceIn(erased, "task_entries", "body");
    }
}
