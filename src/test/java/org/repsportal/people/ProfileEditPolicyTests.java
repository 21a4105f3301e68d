package org.repsportal.people;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.Decision;
import org.repsportal.platform.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileEditPolicyTests {

    private static Actor actor(long id, Role... roles) {
        return new Actor(id, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    @Test
    void aPersonMayEditTheirOwnProfile() {
        assertThat(ProfileEditPolicy.mayEdit(actor(7, Role.REP), 7).allowed()).isTrue();
    }

    @Test
    void anAdminMayEditAnyonesProfile() {
        assertThat(ProfileEditPolicy.mayEdit(actor(1, Role.ADMIN), 7).allowed()).isTrue();
    }

    @Test
    void aRepMayNotEditSomeoneElsesProfileAndIsToldWhy() {
        Decision decision = ProfileEditPolicy.mayEdit(actor(8, Role.REP), 7);

        assertThat(decision.refused()).isTrue();
        assertThat(decision.reason()).isEqualTo("policy.profile.only-own");
    }

    @Test
    void neitherTheCouncilNorAMentorMayEditSomeoneElsesProfile() {
        assertThat(ProfileEditPolicy.mayEdit(actor(2, Role.COUNCIL, Role.MENTOR), 7).refused()).isTrue();
        assertThat(ProfileEditPolicy.mayEdit(actor(3, Role.MENTOR), 7).refused()).isTrue();
    }

    @Test
    void aRefusalBecomesAForbiddenExceptionCarryingTheReason() {
        assertThatThrownBy(() -> ProfileEditPolicy.mayEdit(actor(8), 7).orForbid())
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("policy.profile.only-own");
    }
}
