package org.repsportal.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TaskEntryRepository extends Repository<TaskEntry, Long> {

    TaskEntry save(TaskEntry entry);

    @Query("select e from TaskEntry e where e.taskId = ?1 order by e.createdAt, e.id")
    List<TaskEntry> findTimeline(long taskId);
}
