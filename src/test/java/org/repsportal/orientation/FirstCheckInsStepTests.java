package org.repsportal.orientation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.checkins.CheckIns;
import org.repsportal.checkins.PlanCheckIn;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning a check-in with every mentee completes the new mentor's last orientation step by itself. */
@PortalTest
@EnableScenarios
class FirstCheckInsStepTests {

    @Autowired
    Program program;

    @Autowired
    Orientations orientations;

    @Autowired
    Mentorships mentorships;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Clock clock;

    @Test
    void theStepIsDoneOnceEveryMenteeHasACheckIn(Scenario scenario) {
        Person council = program.council("Orla");
        Person mentor = program.mentor("Olaf");
        Person newMentor = program.rep("Nina");
        program.assign(newMentor, mentor);
        orientations.appoint(program.actor(council),
                orientations.nominate(program.actor(mentor), newMentor.getId(), "Leads the campus club").getId());
        Person first = program.rep("Fay");
        Person second = program.rep("Finn");
        for (Person mentee : List.of(first, second)) {
            mentorships.assign(program.actor(council), new AssignMentor(mentee.getId(), newMentor.getId(),
                    AssignmentKind.PERMANENT, "Same city", "Needed before the next onboarding call"));
        }

        plan(newMentor, first);
        assertThat(step(newMentor).done()).isFalse();

        scenario.stimulate(() -> plan(newMentor, second))
                .andWaitForStateChange(() -> step(newMentor).done(), done -> done)
                .andVerify(done -> assertThat(step(newMentor).detail()).contains("all 2 mentees"));
    }

    private void plan(Person mentor, Person mentee) {
        checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), LocalDate.now(clock).plusDays(3).atTime(18, 0),
                "Europe/Berlin", List.of("Get to know each other")));
    }

    private Checklist.StepStatus step(Person mentor) {
        return orientations.checklist(program.actor(mentor)).steps().stream()
                .filter(s -> s.step() == OrientationStep.FIRST_CHECK_INS).findFirst().orElseThrow();
    }
}
