package org.repsportal.concerns;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ConcernRepository extends Repository<Concern, Long> {

    Concern save(Concern concern);

    Concern saveAndFlush(Concern concern);

    Optional<Concern> findById(Long id);
}
