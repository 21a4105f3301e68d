package org.repsportal.orientation;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrientationTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final long REP = 10;
    private static final long MENTOR = 20;
    private static final long COUNCIL = 30;

    private static Orientation nominated(MentorNominationKind kind, long by) {
        Orientation orientation = Orientation.nominate(REP, kind, by, "Leads the campus club", NOW);
        ReflectionTestUtils.setField(orientation, "id", 1L);
        return orientation;
    }

    private static Orientation inOrientation() {
        Orientation orientation = nominated(MentorNominationKind.BY_MENTOR, MENTOR);
        orientation.appoint(COUNCIL, NOW, TODAY);
        orientation.startOrientation(TODAY);
        return orientation;
    }

    @Test
    void aNominationByTheMentorNeedsNoFurtherEndorsementAndIsAnnounced() {
        Orientation orientation = nominated(MentorNominationKind.BY_MENTOR, MENTOR);

        assertThat(orientation.announce(MENTOR)).isEqualTo(new MentorNominated(1, REP, MentorNominationKind.BY_MENTOR, MENTOR, MENTOR));
        assertThat(orientation.getState()).isEqualTo(OrientationState.NOMINATED);
        assertThat(orientation.isEndorsed()).isTrue();
        assertThatThrownBy(() -> orientation.endorse(MENTOR, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aSelfNominationIsAppointedOnlyOnceTheMentorEndorsedIt() {
        Orientation orientation = nominated(MentorNominationKind.SELF, REP);

        assertThatThrownBy(() -> orientation.appoint(COUNCIL, NOW, TODAY))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("orientation.transition.appoint-unendorsed");
        assertThat(orientation.endorse(MENTOR, NOW)).isEqualTo(new MentorNominationEndorsed(1, REP, MENTOR));
        orientation.appoint(COUNCIL, NOW, TODAY);

        assertThat(orientation.getState()).isEqualTo(OrientationState.APPOINTED);
        assertThat(orientation.getDecidedBy()).isEqualTo(COUNCIL);
    }

    @Test
    void appointingStartsOrientationAndDecliningEndsTheNomination() {
        Orientation appointed = inOrientation();
        assertThat(appointed.getState()).isEqualTo(OrientationState.IN_ORIENTATION);
        assertThat(appointed.getOrientationStartedOn()).isEqualTo(TODAY);

        Orientation declined = nominated(MentorNominationKind.BY_COUNCIL, COUNCIL);
        assertThat(declined.decline(COUNCIL, "Not yet: more experience with events first", NOW))
                .isEqualTo(new MentorNominationDeclined(1, REP, COUNCIL, "Not yet: more experience with events first"));
        assertThat(declined.getState()).isEqualTo(OrientationState.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Not yet: more experience with events first");
    }

    @Test
    void transitionsRefuseIllegalStates() {
        Orientation declined = nominated(MentorNominationKind.BY_COUNCIL, COUNCIL);
        declined.decline(COUNCIL, "no", NOW);
        assertThatThrownBy(() -> declined.appoint(COUNCIL, NOW, TODAY)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> declined.decline(COUNCIL, "again", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> declined.startOrientation(TODAY)).isInstanceOf(IllegalTransitionException.class);

        Orientation nominated = nominated(MentorNominationKind.BY_MENTOR, MENTOR);
        assertThatThrownBy(() -> nominated.startOrientation(TODAY)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> nominated.completeStep(OrientationStep.TRAINING, TODAY, NOW, null, null, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("orientation.transition.step");
        assertThatThrownBy(() -> nominated.completeOrientation(TODAY)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aStepDoneTwiceChangesNothingTheSecondTime() {
        Orientation orientation = inOrientation();

        assertThat(orientation.completeStep(OrientationStep.MENTORS_CHANNEL, TODAY, NOW, null, null, null)).isTrue();
        assertThat(orientation.completeStep(OrientationStep.MENTORS_CHANNEL, TODAY.plusDays(1), NOW, null, "again", null)).isFalse();

        assertThat(orientation.step(OrientationStep.MENTORS_CHANNEL).orElseThrow().getDoneOn()).isEqualTo(TODAY);
        assertThat(orientation.step(OrientationStep.MENTORS_CHANNEL).orElseThrow().getDetail()).isNull();
    }

    @Test
    void theFirstOpenStepIsWhereTheMentorIsStuck() {
        Orientation orientation = inOrientation();
        orientation.completeStep(OrientationStep.ONBOARDING_CALL, TODAY, NOW, COUNCIL, "call", null);
        orientation.completeStep(OrientationStep.MENTORS_CHANNEL, TODAY, NOW, null, null, null);

        assertThat(orientation.firstOpenStep()).contains(OrientationStep.TRAINING);
    }

    @Test
    void orientationCompletesOnlyWithEveryStepDone() {
        Orientation orientation = inOrientation();
        for (OrientationStep step : OrientationStep.values()) {
            assertThatThrownBy(() -> orientation.completeOrientation(TODAY))
                    .isInstanceOf(IllegalTransitionException.class).hasMessage("orientation.transition.steps-open");
            orientation.completeStep(step, TODAY, NOW, null, null, step.pageSlug() == null ? null : 1);
        }

        orientation.completeOrientation(TODAY);

        assertThat(orientation.getState()).isEqualTo(OrientationState.ACTIVE_MENTOR);
        assertThat(orientation.getCompletedOn()).isEqualTo(TODAY);
        assertThat(orientation.completeStep(OrientationStep.TRAINING, TODAY, NOW, null, null, null)).isFalse();
    }
}
