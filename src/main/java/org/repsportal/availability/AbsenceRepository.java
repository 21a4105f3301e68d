package org.repsportal.availability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AbsenceRepository extends JpaRepository<Absence, Long> {

    List<Absence> findByPersonIdAndStateNot(long personId, AbsenceState state);
}
