package org.repsportal.orientation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class OrientationPoliciesTests {

    private static final long REP = 10;
    private static final long MENTOR = 20;

    private static Actor actor(long id, Role... roles) {
        return new Actor(id, EnumSet.of(roles[0], roles));
    }

    private static Person person(Role... roles) {
        var person = new Person("Rin", "Rin Full", "rin@test", "KE", "Africa/Nairobi", LocalDate.of(2022, 1, 1), Set.of(roles));
        ReflectionTestUtils.setField(person, "id", REP);
        return person;
    }

    @Test
    void aMentorInOrientationIsNotReadyForNewMenteesUnlessTheCouncilOverrodeIt() {
        assertThat(MentorReadinessPolicy.readyForNewMentees(OrientationState.IN_ORIENTATION, false).reason())
                .isEqualTo("policy.orientation.not-ready");
        assertThat(MentorReadinessPolicy.readyForNewMentees(OrientationState.APPOINTED, false).refused()).isTrue();
        assertThat(MentorReadinessPolicy.readyForNewMentees(OrientationState.IN_ORIENTATION, true).allowed()).isTrue();
    }

    @Test
    void activeMentorsAndMentorsWithoutAnOrientationRecordAreReady() {
        assertThat(MentorReadinessPolicy.readyForNewMentees(OrientationState.ACTIVE_MENTOR, false).allowed()).isTrue();
        assertThat(MentorReadinessPolicy.readyForNewMentees(null, false).allowed()).isTrue();
        assertThat(MentorReadinessPolicy.readyForNewMentees(OrientationState.DECLINED, false).allowed()).isTrue();
    }

    @Test
    void theMentorTheCouncilOrTheRepThemselvesNominate() {
        assertThat(MentorNominationPolicy.mayNominate(actor(MENTOR, Role.MENTOR), REP, MENTOR).allowed()).isTrue();
        assertThat(MentorNominationPolicy.mayNominate(actor(99, Role.COUNCIL), REP, MENTOR).allowed()).isTrue();
        assertThat(MentorNominationPolicy.mayNominate(actor(REP, Role.REP), REP, MENTOR).allowed()).isTrue();
        assertThat(MentorNominationPolicy.mayNominate(actor(77, Role.MENTOR), REP, MENTOR).reason()).isEqualTo("policy.orientation.nominate-who");
        assertThat(MentorNominationPolicy.mayNominate(actor(REP, Role.REP), REP, null).reason())
                .isEqualTo("policy.orientation.self-needs-mentor");

        assertThat(MentorNominationPolicy.kindOf(actor(REP, Role.REP), REP, MENTOR)).isEqualTo(MentorNominationKind.SELF);
        assertThat(MentorNominationPolicy.kindOf(actor(MENTOR, Role.MENTOR, Role.COUNCIL), REP, MENTOR)).isEqualTo(MentorNominationKind.BY_MENTOR);
        assertThat(MentorNominationPolicy.kindOf(actor(99, Role.COUNCIL), REP, MENTOR)).isEqualTo(MentorNominationKind.BY_COUNCIL);
    }

    @Test
    void onlyActiveRepsWhoAreNotMentorsOrNominatedAlreadyAreEligible() {
        assertThat(MentorNominationPolicy.isEligible(person(Role.REP), false).allowed()).isTrue();
        assertThat(MentorNominationPolicy.isEligible(person(Role.REP, Role.MENTOR), false).reason())
                .isEqualTo("policy.orientation.nominee-already-mentor");
        assertThat(MentorNominationPolicy.isEligible(person(Role.REP), true).reason())
                .isEqualTo("policy.orientation.nominee-already-nominated");
        assertThat(MentorNominationPolicy.isEligible(person(Role.ALUMNI), false).reason())
                .isEqualTo("policy.orientation.nominee-not-a-rep");
    }

    @Test
    void onlyTheMentorEndorsesAndOnlyTheCouncilDecides() {
        assertThat(MentorNominationPolicy.mayEndorse(actor(MENTOR, Role.MENTOR), MENTOR).allowed()).isTrue();
        assertThat(MentorNominationPolicy.mayEndorse(actor(99, Role.COUNCIL), MENTOR).refused()).isTrue();
        assertThat(MentorNominationPolicy.mayDecide(actor(99, Role.COUNCIL)).allowed()).isTrue();
        assertThat(MentorNominationPolicy.mayDecide(actor(98, Role.ADMIN, Role.MENTOR)).reason()).isEqualTo("policy.orientation.council-decides");
    }

    @Test
    void stepsAreFoundByTheirKeysAndWitnessStepsAreNotSelfService() {
        assertThat(OrientationStep.byKey("training")).contains(OrientationStep.TRAINING);
        assertThat(OrientationStep.byKey("nope")).isEmpty();
        assertThat(OrientationStep.ONBOARDING_CALL.selfService()).isFalse();
        assertThat(OrientationStep.TRAINING.selfService()).isTrue();
        assertThat(OrientationStep.forPage("budget-review")).contains(OrientationStep.READ_BUDGET_SOP);
    }
}
