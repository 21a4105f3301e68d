package org.repsportal.mentorship;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Profiles;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mentorship module with the people module it builds on, against the embedded PostgreSQL. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({TestClockConfiguration.class, Program.class})
class MentorshipModuleTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    Program program;

    @Autowired
    Mentorships mentorships;

    @Autowired
    People people;

    @Autowired
    Profiles profiles;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Actor council() {
        return program.actor(program.council("Council"));
    }

    private static AssignMentor permanently(Person mentee, Person mentor, String reason) {
        return new AssignMentor(mentee.getId(), mentor.getId(), AssignmentKind.PERMANENT, reason);
    }

    @Test
    void assigningANewMentorEndsTheOldAssignmentAndKeepsItAsHistory(AssertablePublishedEvents events) {
        Actor council = council();
        Person rep = program.rep("Rita");
        Person first = program.mentor("Femi");
        Person second = program.mentor("Sade");
        clock.setTo(MONDAY);
        mentorships.assign(council, permanently(rep, first, "Onboarding"));
        clock.advance(Duration.ofDays(30));

        mentorships.assign(council, permanently(rep, second, "Femi stepped down"));

        List<MentorAssignment> history = mentorships.historyOf(rep.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getMentorId()).isEqualTo(second.getId());
        assertThat(history.get(0).isCurrent()).isTrue();
        assertThat(history.get(0).getStartedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(history.get(0).getAssignedBy()).isEqualTo(council.personId());
        assertThat(history.get(1).getMentorId()).isEqualTo(first.getId());
        assertThat(history.get(1).isCurrent()).isFalse();
        assertThat(history.get(1).getStartedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(history.get(1).getEndedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(history.get(1).getEndReason()).isEqualTo("Femi stepped down");
        assertThat(mentorships.currentMentorOf(rep.getId())).contains(second.getId());

        assertThat(events).contains(MentorAssigned.class)
                .matching(MentorAssigned::menteeId, rep.getId())
                .matching(MentorAssigned::mentorId, second.getId())
                .matching(MentorAssigned::previousMentorId, first.getId())
                .matching(MentorAssigned::on, LocalDate.of(2026, 4, 1));
    }

    @Test
    void aFirstAssignmentPublishesMentorAssignedWithoutAPreviousMentor(Scenario scenario) {
        Actor council = council();
        Person rep = program.rep("Reza");
        Person mentor = program.mentor("Mina");

        scenario.stimulate(() -> mentorships.assign(council, permanently(rep, mentor, "Onboarding")))
                .andWaitForEventOfType(MentorAssigned.class)
                .matching(event -> event.menteeId() == rep.getId())
                .toArriveAndVerify(event -> {
                    assertThat(event.mentorId()).isEqualTo(mentor.getId());
                    assertThat(event.previousMentorId()).isNull();
                    assertThat(event.kind()).isEqualTo(AssignmentKind.PERMANENT);
                });
    }

    @Test
    void aRepHasAtMostOneCurrentMentor() {
        Actor council = council();
        Person rep = program.rep("Rosa");
        Person a = program.mentor("Ada");
        Person b = program.mentor("Bea");
        Person c = program.mentor("Cid");

        mentorships.assign(council, permanently(rep, a, "one"));
        mentorships.assign(council, permanently(rep, b, "two"));
        mentorships.assign(council, AssignMentor.interim(rep.getId(), c.getId(), "three", LocalDate.now(clock).plusDays(20), null));

        assertThat(mentorships.historyOf(rep.getId())).hasSize(3)
                .filteredOn(a2 -> a2.isCurrentOn(LocalDate.now(clock)) && a2.getKind() == AssignmentKind.PERMANENT)
                .singleElement().satisfies(beneath -> assertThat(beneath.getMentorId()).isEqualTo(b.getId()));
        assertThat(mentorships.currentAssignmentOf(rep.getId())).hasValueSatisfying(current -> {
            assertThat(current.getMentorId()).isEqualTo(c.getId());
            assertThat(current.getKind()).isEqualTo(AssignmentKind.INTERIM);
        });
        assertThat(mentorships.currentMenteeIds(a.getId())).doesNotContain(rep.getId());
        assertThat(mentorships.currentMenteeIds(c.getId())).containsExactly(rep.getId());
    }

    @Test
    void assigningTheCurrentMentorAgainChangesNothing(AssertablePublishedEvents events) {
        Actor council = council();
        Person rep = program.rep("Ravi");
        Person mentor = program.mentor("Mala");
        MentorAssignment first = mentorships.assign(council, permanently(rep, mentor, "Onboarding"));

        MentorAssignment again = mentorships.assign(council, permanently(rep, mentor, "Again"));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(mentorships.historyOf(rep.getId())).hasSize(1);
        assertThat(events.ofType(MentorAssigned.class).matching(e -> e.menteeId() == rep.getId())).hasSize(1);
    }

    @Test
    void aRepMayNotAssignAMentorAndNothingIsStored(AssertablePublishedEvents events) {
        Person rep = program.rep("Rui");
        Person mentor = program.mentor("Milo");
        Actor asRep = people.actorFor(rep.getId()).orElseThrow();

        assertThatThrownBy(() -> mentorships.assign(asRep, permanently(rep, mentor, "I choose")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("policy.mentorship.council-or-admin");

        assertThat(mentorships.historyOf(rep.getId())).isEmpty();
        assertThat(events.ofType(MentorAssigned.class).matching(e -> e.menteeId() == rep.getId())).isEmpty();
    }

    @Test
    void onlySomeoneHoldingTheMentorRoleCanBeAssigned() {
        Actor council = council();
        Person rep = program.rep("Ruth");
        Person otherRep = program.rep("Omar");

        assertThatThrownBy(() -> mentorships.assign(council, permanently(rep, otherRep, "Friends")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("policy.mentorship.not-a-mentor");
        assertThatThrownBy(() -> mentorships.assign(council,
                new AssignMentor(rep.getId(), 987_654_321L, AssignmentKind.PERMANENT, "Nobody")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(mentorships.currentMentorOf(rep.getId())).isEmpty();
    }

    @Test
    void aMentorCannotBeGivenTheirOwnMenteeAsMentor() {
        Actor council = council();
        Person mentor = program.mentor("Mo");
        Person menteeWhoMentors = program.mentor("Mel");
        mentorships.assign(council, permanently(menteeWhoMentors, mentor, "Onboarding"));

        assertThatThrownBy(() -> mentorships.assign(council, permanently(mentor, menteeWhoMentors, "Circle")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("policy.mentorship.no-circle");
    }

    @Test
    void menteeCountsAndCurrentMentorsAreReadForManyAtOnce() {
        Actor council = council();
        Person mentor = program.mentor("Mae");
        Person r1 = program.rep("Ria");
        Person r2 = program.rep("Rob");
        Person r3 = program.rep("Roy");
        mentorships.assign(council, permanently(r1, mentor, "x"));
        mentorships.assign(council, permanently(r2, mentor, "x"));

        assertThat(mentorships.currentMenteeCount(mentor.getId())).isEqualTo(2);
        assertThat(mentorships.currentMenteeCounts()).containsEntry(mentor.getId(), 2L);
        assertThat(mentorships.currentMentorIds(List.of(r1.getId(), r2.getId(), r3.getId())))
                .containsOnlyKeys(r1.getId(), r2.getId())
                .containsEntry(r1.getId(), mentor.getId());
        assertThat(mentorships.currentMentorIds(List.of())).isEmpty();
    }

    @Test
    void profilesNameTheMentorAndTheMenteesThatMentorshipKnows() {
        Actor council = council();
        Person mentor = program.mentor("Mira");
        Person rep = program.rep("Remy");
        mentorships.assign(council, permanently(rep, mentor, "Onboarding"));
        Actor asMentor = people.actorFor(mentor.getId()).orElseThrow();

        assertThat(profiles.view(asMentor, rep.getId()).mentor()).isEqualTo(new PersonSummary(mentor.getId(), "Mira"));
        assertThat(profiles.view(asMentor, rep.getId()).email()).isEqualTo(rep.getEmail());
        assertThat(profiles.view(asMentor, mentor.getId()).mentees()).containsExactly(new PersonSummary(rep.getId(), "Remy"));
    }

    @Test
    void theClockDecidesTheDayOfAnAssignment() {
        Actor council = council();
        Person rep = program.rep("Rhea");
        Person mentor = program.mentor("Mads");
        clock.setTo(Instant.parse("2030-12-31T23:59:00Z"));

        MentorAssignment assignment = mentorships.assign(council, permanently(rep, mentor, "New year"));

        assertThat(assignment.getStartedOn()).isEqualTo(LocalDate.of(2030, 12, 31));
    }
}
