package org.repsportal.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TaskRepository extends Repository<Task, Long> {

    Task save(Task task);

    Optional<Task> findById(Long id);

    @Query("select t from Task t where t.sourceRef = ?1")
    Optional<Task> findBySourceRef(String sourceRef);

    @Query("select t from Task t where t.assigneeId = ?1 and t.coveringForId is null and t.state in ?2 order by t.id")
    List<Task> findUncoveredAssignedTo(long assigneeId, Collection<TaskState> states);

    @Query("select t from Task t where t.coveringForId = ?1 and t.state in ?2 order by t.id")
    List<Task> findCoveringFor(long personId, Collection<TaskState> states);
}
