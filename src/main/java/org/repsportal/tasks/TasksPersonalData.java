package org.repsportal.tasks;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tasks a person is assigned, covers or watches, and what they wrote on tasks, in their data archive. */
@Component
class TasksPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    TasksPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("tasks", "task_watchers", "task_entries");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "tasks", """
                        select t.id, t.type, t.title, t.priority, t.due_on, t.state, t.created_at, t.closed_at,
                               t.assignee_id = ? as assigned_to_me, t.covering_for_id is not null as covering
                        from tasks t
                        where t.assignee_id = ? or t.covering_for_id = ?
                           or exists (select 1 from task_watchers w where w.task_id = t.id and w.person_id = ?)
                        order by t.created_at, t.id""", personId, personId, personId, personId),
                PersonalDataPart.query(jdbc, "task-entries", """
                        select e.id, e.task_id, e.kind, e.body, e.created_at
                        from task_entries e where e.author_id = ? order by e.created_at, e.id""", personId));
    }
}
