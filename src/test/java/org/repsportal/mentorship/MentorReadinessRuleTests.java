package org.repsportal.mentorship;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class MentorReadinessRuleTests {

    private static final Decision NOT_READY = Decision.refuse("policy.orientation.not-ready");
    private static final AssignMentor PLAIN = new AssignMentor(1, 2, AssignmentKind.PERMANENT, "new Rep");
    private static final AssignMentor OVERRIDDEN = new AssignMentor(1, 2, AssignmentKind.PERMANENT, "new Rep",
            "Same city, speaks the Rep's language");

    @Test
    void aReadyMentorIsAssignedWithoutOverride() {
        assertThat(MentorAssignmentPolicy.readiness(Decision.allow(), new Actor(9, EnumSet.of(Role.ADMIN)), PLAIN).allowed()).isTrue();
    }

    @Test
    void aMentorWhoIsNotReadyIsRefusedWithTheReadinessReason() {
        assertThat(MentorAssignmentPolicy.readiness(NOT_READY, new Actor(9, EnumSet.of(Role.COUNCIL)), PLAIN).reason())
                .isEqualTo("policy.orientation.not-ready");
    }

    @Test
    void onlyACouncilMemberOverridesWithAReason() {
        assertThat(MentorAssignmentPolicy.readiness(NOT_READY, new Actor(9, EnumSet.of(Role.COUNCIL)), OVERRIDDEN).allowed()).isTrue();
        assertThat(MentorAssignmentPolicy.readiness(NOT_READY, new Actor(9, EnumSet.of(Role.ADMIN)), OVERRIDDEN).reason())
                .isEqualTo("policy.mentorship.override-council-only");
        assertThat(new AssignMentor(1, 2, AssignmentKind.PERMANENT, "x", "  ").hasReadinessOverride()).isFalse();
    }
}
