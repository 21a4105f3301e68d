package org.repsportal.tasks;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tasks a person is assigned, covers or watches, and what they wrote on tasks, in their data archive. */
@Component
class TasksPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Texts texts;

    TasksPersonalData(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("tasks", "task_watchers", "task_entries");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                inTheirLanguage(PersonalDataPart.query(jdbc, "tasks", """
                        select t.id, t.type, t.title, t.priority, t.due_on, t.state, t.created_at, t.closed_at,
                               t.assignee_id = ? as assigned_to_me, t.covering_for_id is not null as covering,
                               t.title_key, t.title_args
                        from tasks t
                        where t.assignee_id = ? or t.covering_for_id = ?
                           or exists (select 1 from task_watchers w where w.task_id = t.id and w.person_id = ?)
                        order by t.created_at, t.id""", personId, personId, personId, personId), texts.forPerson(personId)),
                PersonalDataPart.query(jdbc, "task-entries", """
                        select e.id, e.task_id, e.kind, e.body, e.created_at
                        from task_entries e where e.author_id = ? order by e.created_at, e.id""", personId));
    }

    /** The titles the portal wrote, in the person's own language, as their task list shows them. */
    private static PersonalDataPart inTheirLanguage(PersonalDataPart tasks, Texts texts) {
        int title = tasks.columns().indexOf("title");
        int key = tasks.columns().indexOf("title_key");
        int args = tasks.columns().indexOf("title_args");
        var rows = tasks.rows().stream().map(row -> {
            List<Object> values = new java.util.ArrayList<>(row.subList(0, key));
            values.set(title, TaskTitle.render((String) row.get(title), (String) row.get(key), arguments(row.get(args)), texts));
            return values;
        }).toList();
        return new PersonalDataPart(tasks.name(), tasks.columns().subList(0, key), rows);
    }

    /** The title's arguments as the part holds an array column: a list. */
    private static String[] arguments(Object value) {
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(o -> o == null ? null : o.toString()).toArray(String[]::new);
        }
        return null;
    }
}
