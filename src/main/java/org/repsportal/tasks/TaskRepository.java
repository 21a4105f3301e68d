package org.repsportal.tasks;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TaskRepository extends Repository<Task, Long> {

    Task save(Task task);

    Optional<Task> findById(Long id);

    @Query("select t from Task t where t.sourceRef = ?1")
    Optional<Task> findBySourceRef(String sourceRef);
}
