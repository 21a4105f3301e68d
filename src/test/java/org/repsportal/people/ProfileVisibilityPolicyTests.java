package org.repsportal.people;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileVisibilityPolicyTests {

    private static final long REP = 10;
    private static final long MENTOR = 20;

    private static Actor actor(long id, Role... roles) {
        return new Actor(id, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    @Test
    void aPersonIsInTheirOwnCloseCircle() {
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(REP, Role.REP), REP, MENTOR)).isTrue();
    }

    @Test
    void theCurrentMentorIsInTheMenteesCloseCircle() {
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(MENTOR, Role.MENTOR), REP, MENTOR)).isTrue();
    }

    @Test
    void anotherMentorIsNotInTheCloseCircle() {
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(21, Role.MENTOR), REP, MENTOR)).isFalse();
    }

    @Test
    void aMentorIsNotInTheCloseCircleOfSomeoneWithoutAMentor() {
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(MENTOR, Role.MENTOR), REP, null)).isFalse();
    }

    @Test
    void anotherRepIsNotInTheCloseCircle() {
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(11, Role.REP), REP, MENTOR)).isFalse();
    }

    @Test
    void theCouncilAndAdminsAreInEveryonesCloseCircle() {
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(30, Role.COUNCIL), REP, MENTOR)).isTrue();
        assertThat(ProfileVisibilityPolicy.isInCloseCircle(actor(31, Role.ADMIN), REP, null)).isTrue();
    }
}
