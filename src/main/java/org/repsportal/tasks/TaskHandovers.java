package org.repsportal.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.SequenceIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves or closes many tasks at once when people change places, each change written to the task's history. */
@Component
class TaskHandovers {

    private static final String OPEN = "('OPEN', 'IN_PROGRESS', 'WAITING')";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    TaskHandovers(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TasksHandedOver handover) {
        handOver(handover);
    }

    @ApplicationModuleListener
    void on(TasksWithdrawn withdrawn) {
        withdraw(withdrawn);
    }

    @Transactional
    public int handOver(TasksHandedOver handover) {
        List<Long> moved = jdbc.sql("""
                        update tasks set assignee_id = :to, version = version + 1
                        where subject_person_id = :subject and assignee_id = :from and state in %s
                        returning id""".formatted(OPEN))
                .param("to", handover.toAssigneeId()).param("subject", handover.subjectPersonId())
                .param("from", handover.fromAssigneeId()).query(Long.class).list();
        history(moved, "moved to a new assignee: " + handover.why());
        return moved.size();
    }

    @Transactional
    public int withdraw(TasksWithdrawn withdrawn) {
        List<Long> closed = jdbc.sql("""
                        update tasks set state = 'CLOSED', resolution = :resolution, closed_at = :now, version = version + 1
                        where (assignee_id = :person or subject_person_id = :person) and state in %s
                        returning id""".formatted(OPEN))
                .param("resolution", withdrawn.resolution()).param("now", Timestamp.from(clock.instant()))
                .param("person", withdrawn.personId()).query(Long.class).list();
        history(closed, "closed: " + withdrawn.resolution());
        return closed.size();
    }

    private void history(List<Long> taskIds, String body) {
        if (taskIds.isEmpty()) {
            return;
        }
        List<Long> ids = SequenceIds.reserve(template, "task_entries_seq", taskIds.size());
        Timestamp now = Timestamp.from(clock.instant());
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < taskIds.size(); i++) {
            rows.add(new Object[] {ids.get(i), taskIds.get(i), "CHANGE", body, now});
        }
        template.batchUpdate("insert into task_entries (id, task_id, author_id, kind, body, created_at) values (?, ?, null, ?, ?, ?)", rows);
    }
}
