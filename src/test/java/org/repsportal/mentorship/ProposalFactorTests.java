package org.repsportal.mentorship;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Each factor of a proposal, and the capacity rule, on its own. */
class ProposalFactorTests {

    private static final Instant JANUARY = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void aMentorWithPlacesLeftScoresTheShareOfFreePlacesAndSaysHowManyAreTaken() {
        ProposalFactor factor = ProposalFactor.SpareCapacityPolicy.assess(2, 8);
        assertThat(factor.excludes()).isFalse();
        assertThat(factor.fraction()).isEqualTo(0.75);
        assertThat(factor.reasonKey()).isEqualTo("proposal.reason.capacity");
        assertThat(factor.args()).containsExactly(2L, 8);
    }

    @Test
    void aFullMentorIsNotProposed() {
        assertThat(ProposalFactor.SpareCapacityPolicy.assess(8, 8).excludes()).isTrue();
        assertThat(ProposalFactor.SpareCapacityPolicy.assess(9, 8).excludes()).isTrue();
    }

    @Test
    void aMentorWhoseOrientationIsIncompleteIsNotProposed() {
        assertThat(ProposalFactor.OrientationCompletePolicy.assess(false).excludes()).isTrue();
        assertThat(ProposalFactor.OrientationCompletePolicy.assess(true).excludes()).isFalse();
    }

    @Test
    void aMentorAwayDuringThePeriodIsNotProposed() {
        assertThat(ProposalFactor.NotAwayPolicy.assess(true).excludes()).isTrue();
        assertThat(ProposalFactor.NotAwayPolicy.assess(false).excludes()).isFalse();
    }

    @Test
    void theSameRegionCountsFullyAndAnotherNotAtAll() {
        assertThat(ProposalFactor.SameRegionPolicy.assess("AFRICA", "AFRICA", "Africa").fraction()).isEqualTo(1);
        assertThat(ProposalFactor.SameRegionPolicy.assess("EUROPE", "AFRICA", "Europe").fraction()).isZero();
    }

    @Test
    void sharedLanguagesScoreTheShareOfTheMenteesLanguagesAndNameThem() {
        ProposalFactor factor = ProposalFactor.SharedLanguagesPolicy.assess(Set.of("en", "sw"), Set.of("sw", "fr"),
                code -> code.equals("sw") ? "Swahili" : code);
        assertThat(factor.fraction()).isEqualTo(0.5);
        assertThat(factor.args()).containsExactly("Swahili");
        assertThat(ProposalFactor.SharedLanguagesPolicy.assess(Set.of("de"), Set.of("sw"), c -> c).fraction()).isZero();
    }

    @Test
    void timeZonesCountByTheHoursBetweenThemTheShortWayRound() {
        assertThat(ProposalFactor.TimeZoneDistancePolicy.hoursApart("Africa/Nairobi", "Europe/Berlin", JANUARY)).isEqualTo(2);
        assertThat(ProposalFactor.TimeZoneDistancePolicy.hoursApart("Pacific/Auckland", "America/Los_Angeles", JANUARY)).isEqualTo(3);
        assertThat(ProposalFactor.TimeZoneDistancePolicy.assess("Africa/Nairobi", "Africa/Nairobi", JANUARY).fraction()).isEqualTo(1);
        assertThat(ProposalFactor.TimeZoneDistancePolicy.assess("Asia/Tokyo", "Europe/London", JANUARY).fraction())
                .isEqualTo(1 - 9 / 12.0);
    }

    @Test
    void sharedFunctionalAreasScoreTheShareOfTheMenteesAreas() {
        ProposalFactor factor = ProposalFactor.SharedFunctionalAreasPolicy.assess(Set.of("EVENTS", "QA"),
                Set.of("EVENTS", "PRIVACY", "LOCALIZATION", "QA"), c -> c);
        assertThat(factor.fraction()).isEqualTo(0.5);
        assertThat(factor.args()).containsExactly("EVENTS, QA");
        assertThat(ProposalFactor.SharedFunctionalAreasPolicy.assess(Set.of("QA"), Set.of("EVENTS"), c -> c).hasReason()).isFalse();
    }

    @Test
    void beyondCapacityOnlyACouncilMemberAssignsAndOnlyWithAReason() {
        Actor council = new Actor(1, Set.of(Role.COUNCIL));
        Actor admin = new Actor(2, Set.of(Role.ADMIN));
        assertThat(MentorCapacityPolicy.mayAssign(7, 8, admin, null).allowed()).isTrue();
        assertThat(MentorCapacityPolicy.mayAssign(8, 8, council, null).reason()).isEqualTo("policy.mentorship.over-capacity");
        assertThat(MentorCapacityPolicy.mayAssign(8, 8, council, "they asked for one more").allowed()).isTrue();
        assertThat(MentorCapacityPolicy.mayAssign(8, 8, admin, "they asked for one more").reason())
                .isEqualTo("policy.mentorship.capacity-override-council-only");
    }
}
