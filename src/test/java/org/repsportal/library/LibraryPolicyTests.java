package org.repsportal.library;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryPolicyTests {

    @Test
    void everyMemberContributesButAlumniOnlyRead() {
        assertThat(LibraryPolicy.mayContribute(new Actor(1, Set.of(Role.REP))).allowed()).isTrue();
        assertThat(LibraryPolicy.mayContribute(new Actor(1, Set.of(Role.ADMIN))).allowed()).isTrue();
        assertThat(LibraryPolicy.mayContribute(new Actor(1, Set.of(Role.ALUMNI))).reason())
                .isEqualTo("policy.library.members-only");
    }

    @Test
    void onlyTheCouncilEditsAndModerates() {
        assertThat(LibraryPolicy.mayEdit(new Actor(1, Set.of(Role.COUNCIL))).allowed()).isTrue();
        assertThat(LibraryPolicy.mayEdit(new Actor(1, Set.of(Role.MENTOR, Role.ADMIN))).refused()).isTrue();
        assertThat(LibraryPolicy.mayModerate(new Actor(1, Set.of(Role.COUNCIL))).allowed()).isTrue();
        assertThat(LibraryPolicy.mayModerate(new Actor(1, Set.of(Role.REP))).reason()).isEqualTo("policy.library.council-moderates");
    }
}
