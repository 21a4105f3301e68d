package org.repsportal.checkins;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CheckInRepository extends Repository<CheckIn, Long> {

    CheckIn save(CheckIn checkIn);

    Optional<CheckIn> findById(Long id);
}
