package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class MentorAssignmentPolicyTests {

    /** A stored person as the policy sees it: an id, roles and a status. */
    private static Person person(long id, PersonStatus status, Role... roles) {
        var person = new Person("Person " + id, "Person " + id, id + "@test.example", "DE", "Europe/Berlin",
                LocalDate.of(2024, 1, 1), EnumSet.of(roles[0], roles));
        ReflectionTestUtils.setField(person, "id", id);
        ReflectionTestUtils.setField(person, "status", status);
        return person;
    }

    private static Person activeMentor(long id) {
        return person(id, PersonStatus.ACTIVE, Role.REP, Role.MENTOR);
    }

    private static Person activeRep(long id) {
        return person(id, PersonStatus.ACTIVE, Role.REP);
    }

    @Test
    void theCouncilMayAssignMentors() {
        assertThat(MentorAssignmentPolicy.mayAssign(new Actor(1, Set.of(Role.COUNCIL))).allowed()).isTrue();
    }

    @Test
    void adminsMayAssignMentors() {
        assertThat(MentorAssignmentPolicy.mayAssign(new Actor(1, Set.of(Role.ADMIN))).allowed()).isTrue();
    }

    @Test
    void repsAndMentorsMayNotAssignMentors() {
        Decision rep = MentorAssignmentPolicy.mayAssign(new Actor(1, Set.of(Role.REP)));
        Decision mentor = MentorAssignmentPolicy.mayAssign(new Actor(2, Set.of(Role.REP, Role.MENTOR)));

        assertThat(rep.refused()).isTrue();
        assertThat(rep.reason()).isEqualTo("policy.mentorship.council-or-admin");
        assertThat(mentor.refused()).isTrue();
    }

    @Test
    void anActiveMentorMayMentorAnActiveRep() {
        assertThat(MentorAssignmentPolicy.canMentor(activeMentor(1), activeRep(2), null).allowed()).isTrue();
    }

    @Test
    void nobodyMentorsThemselves() {
        Person mentor = activeMentor(1);

        assertThat(MentorAssignmentPolicy.canMentor(mentor, mentor, null).reason())
                .isEqualTo("policy.mentorship.not-self");
    }

    @Test
    void someoneWithoutTheMentorRoleMayNotMentor() {
        assertThat(MentorAssignmentPolicy.canMentor(activeRep(1), activeRep(2), null).reason())
                .isEqualTo("policy.mentorship.not-a-mentor");
    }

    @Test
    void aMentorWhoIsNoLongerActiveMayNotMentor() {
        Person alumnus = person(1, PersonStatus.ALUMNI, Role.MENTOR);

        assertThat(MentorAssignmentPolicy.canMentor(alumnus, activeRep(2), null).reason())
                .isEqualTo("policy.mentorship.not-a-mentor");
    }

    @Test
    void onlyActiveRepsAreGivenAMentor() {
        Person deactivated = person(2, PersonStatus.DEACTIVATED, Role.REP);

        assertThat(MentorAssignmentPolicy.canMentor(activeMentor(1), deactivated, null).reason())
                .isEqualTo("policy.mentorship.mentee-inactive");
    }

    @Test
    void aMentorMayNotMentorTheirOwnMentor() {
        Person mentor = activeMentor(1);
        Person mentorsMentor = activeMentor(2);

        assertThat(MentorAssignmentPolicy.canMentor(mentor, mentorsMentor, 2L).reason())
                .isEqualTo("policy.mentorship.no-circle");
    }

    @Test
    void aMentorWhoseOwnMentorIsSomeoneElseMayMentor() {
        assertThat(MentorAssignmentPolicy.canMentor(activeMentor(1), activeRep(2), 3L).allowed()).isTrue();
    }
}
