package org.repsportal.applications;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByStatusToken(String token);

    Optional<Application> findByConfirmToken(String token);

    @Query("select a from Application a where lower(a.email) = lower(?1) and a.state in ?2")
    Optional<Application> findOpenByEmail(String email, java.util.Collection<ApplicationState> open);

    @Query("select a from Application a where lower(a.email) = lower(?1) and a.state not in ?2 order by a.createdAt desc limit 1")
    Optional<Application> findLatestClosedByEmail(String email, java.util.Collection<ApplicationState> open);

    Optional<Application> findByPersonId(long personId);

    List<Application> findByState(ApplicationState state);
}

interface RefereeRepository extends JpaRepository<Referee, Long> {

    List<Referee> findByApplicationIdOrderByPosition(long applicationId);

    Optional<Referee> findByToken(String token);
}

interface InterviewSlotRepository extends JpaRepository<InterviewSlot, Long> {

    List<InterviewSlot> findByApplicationIdAndWithdrawnFalseOrderByStartsAt(long applicationId);
}

interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

    List<Scorecard> findByApplicationIdOrderByRecordedAt(long applicationId);

    Optional<Scorecard> findByApplicationIdAndReviewerId(long applicationId, long reviewerId);

    boolean existsByApplicationId(long applicationId);
}

interface WelcomePackRepository extends JpaRepository<WelcomePack, Long> {

    Optional<WelcomePack> findByApplicationId(long applicationId);
}
