package org.repsportal.mentorship;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.mentorship.MentorshipQueries.Fairness;
import org.repsportal.mentorship.MentorshipQueries.Fairness.Load;

import static org.assertj.core.api.Assertions.assertThat;

/** The fairness panel's figures from the mentors' loads. */
class FairnessTests {

    @Test
    void theSpreadCountsTheLeastTheMedianAndTheMostMenteesPerMentor() {
        var fairness = Fairness.of(List.of(new Load(5, 8), new Load(0, 8), new Load(9, 8), new Load(3, 8), new Load(10, 12)), 10);

        assertThat(fairness.mentors()).isEqualTo(5);
        assertThat(fairness.mentees()).isEqualTo(27);
        assertThat(fairness.min()).isZero();
        assertThat(fairness.median()).isEqualTo(5.0);
        assertThat(fairness.max()).isEqualTo(10);
    }

    @Test
    void withAnEvenNumberOfMentorsTheMedianIsBetweenTheMiddleTwo() {
        assertThat(Fairness.of(List.of(new Load(1, 8), new Load(4, 8), new Load(2, 8), new Load(7, 8)), 10).median())
                .isEqualTo(3.0);
    }

    @Test
    void aMentorOverTheirOwnCapacityAndOneWithoutMenteesAreCounted() {
        var fairness = Fairness.of(List.of(new Load(9, 8), new Load(9, 12), new Load(0, 8), new Load(0, 3), new Load(8, 8)), 10);

        assertThat(fairness.overCapacity()).as("only beyond, not at, the mentor's own capacity").isOne();
        assertThat(fairness.withoutMentees()).isEqualTo(2);
    }

    @Test
    void theRatioOfMenteesToMentorsIsComparedWithTheProgramsAim() {
        var within = Fairness.of(List.of(new Load(10, 12), new Load(9, 12), new Load(8, 12)), 10);
        var above = Fairness.of(List.of(new Load(12, 12), new Load(11, 12)), 10);

        assertThat(within.ratio()).isEqualTo(9.0);
        assertThat(within.ratioAboveTarget()).isFalse();
        assertThat(above.ratio()).isEqualTo(11.5);
        assertThat(above.targetRatio()).isEqualTo(10);
        assertThat(above.ratioAboveTarget()).isTrue();
    }

    @Test
    void aProgramWithoutMentorsHasNoFiguresToShow() {
        var fairness = Fairness.of(List.of(), 10);

        assertThat(fairness.mentors()).isZero();
        assertThat(fairness.ratio()).isZero();
        assertThat(fairness.ratioAboveTarget()).isFalse();
    }
}
