package org.repsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.repsportal.library.CommunityResources;
import org.repsportal.library.LibraryQueries;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.orientation.Checklist;
import org.repsportal.orientation.OrientationQueries;
import org.repsportal.orientation.OrientationStep;
import org.repsportal.orientation.Orientations;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo program's orientation and library, seeded once into this test's own embedded database. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOrientationTests {

    @Autowired
    DemoProgram program;

    @Autowired
    Orientations orientations;

    @Autowired
    OrientationQueries queries;

    @Autowired
    LibraryQueries library;

    @Autowired
    CommunityResources resources;

    @Autowired
    Mentorships mentorships;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    DemoProgram.Cast cast;

    @BeforeAll
    void seedTheDemoProgram() {
        assertThat(people.count()).as("the test database starts empty").isZero();
        cast = program.seed(60);
    }

    private Actor actor(long id) {
        return people.actorFor(id).orElseThrow();
    }

    @Test
    void theNewMentorIsHalfWayThroughOrientationWithoutMentees() {
        Checklist checklist = orientations.checklistOf(cast.newMentor()).orElseThrow();

        assertThat(checklist.doneCount()).isEqualTo(4);
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.currentMentees()).isZero();
        assertThat(mentorships.notReadyForNewMentees(List.of(cast.newMentor()))).containsExactly(cast.newMentor());
    }

    @Test
    void anOnboardingCallIsScheduledNextWeekWithTheNewMentorInvited() {
        var calls = queries.upcomingCalls(actor(cast.newMentor()), 0, 10).items();

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.kind().step()).isEqualTo(OrientationStep.ONBOARDING_CALL);
            assertThat(call.start().toLocalDate()).isEqualTo(LocalDate.now(clock).plusWeeks(1));
        });
    }

    @Test
    void theCouncilSeesWhoIsInOrientationAndWhereTheyAreStuckAndANominationWaiting() {
        Actor council = actor(cast.council());

        var inOrientation = queries.inOrientation(council, 0, 20).items();
        assertThat(inOrientation).hasSize(2);
        assertThat(inOrientation).filteredOn(i -> i.personId() == cast.newMentor()).singleElement()
                .satisfies(i -> assertThat(i.stuckOn()).isEqualTo(OrientationStep.ONBOARDING_CALL));
        assertThat(inOrientation).filteredOn(i -> i.personId() != cast.newMentor()).singleElement()
                .satisfies(i -> assertThat(i.stuckOn()).isEqualTo(OrientationStep.TRAINING));
        assertThat(queries.nominations(council, 0, 20).items()).singleElement()
                .satisfies(n -> assertThat(n.nominatedBy()).isEqualTo(cast.mentor()));
    }

    @Test
    void suggestionsWaitForReviewAndCommunityResourcesExist() {
        assertThat(library.pendingSuggestions(0, 20).total()).isGreaterThanOrEqualTo(2);
        assertThat(resources.listed(0, 20).items()).hasSizeGreaterThanOrEqualTo(4).anyMatch(r -> r.flaggedOutdated());
    }
}
