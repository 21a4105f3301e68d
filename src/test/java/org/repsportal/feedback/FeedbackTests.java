package org.repsportal.feedback;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RECEIVED → ACKNOWLEDGED → CLOSED with the answer, and who may read, answer and forward. */
class FeedbackTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void feedbackIsAcknowledgedThenClosedWithItsAnswerAndClosingRaisesItsEvent() {
        Feedback feedback = toArea("EVENTS");
        feedback.acknowledge(7, NOW);
        assertThat(feedback.getAcknowledgedBy()).isEqualTo(7L);
        assertThat(feedback.getAcknowledgedAt()).isEqualTo(NOW);
        assertThat(feedback.getState()).isEqualTo(FeedbackState.ACKNOWLEDGED);

        FeedbackClosed closed = feedback.close(8, "Thank you, it is in the events guide now.", NOW.plusSeconds(60));
        assertThat(closed.closedBy()).isEqualTo(8);
        assertThat(feedback.getState()).isEqualTo(FeedbackState.CLOSED);
        assertThat(feedback.getAnswer()).isEqualTo("Thank you, it is in the events guide now.");
        assertThat(feedback.getClosedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void feedbackIsNotAnsweredBeforeItIsAcknowledgedNorAcknowledgedOrAnsweredTwice() {
        Feedback feedback = toArea("EVENTS");
        assertThatThrownBy(() -> feedback.close(7, "Too early", NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("feedback.transition.acknowledgeFirst");
        assertThat(feedback.getState()).isEqualTo(FeedbackState.RECEIVED);
        feedback.acknowledge(7, NOW);
        assertThatThrownBy(() -> feedback.acknowledge(7, NOW)).isInstanceOf(IllegalTransitionException.class);
        feedback.close(7, "Done", NOW);
        assertThatThrownBy(() -> feedback.close(7, "Again", NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("feedback.transition.closed");
        assertThat(feedback.getAnswer()).isEqualTo("Done");
    }

    @Test
    void aMenteeIsShownToTheContactsOnlyWhenTheyWantToBeNamed() {
        assertThat(new Feedback(1, 2L, true, null, "S", "T", NOW).menteeShownToContacts()).isEqualTo(2L);
        assertThat(new Feedback(1, 2L, false, null, "S", "T", NOW).menteeShownToContacts()).isNull();
        assertThat(new Feedback(1, null, true, null, "S", "T", NOW).isMenteeNamed()).as("named needs a mentee").isFalse();
    }

    @Test
    void theSenderTheMenteeAndTheContactsReadFeedbackAndNobodyElse() {
        Feedback area = new Feedback(1, 2L, false, "EVENTS", "S", "T", NOW);
        assertThat(FeedbackPolicy.mayRead(actor(1, Role.MENTOR), area, Set.of()).allowed()).isTrue();
        assertThat(FeedbackPolicy.mayRead(actor(2, Role.REP), area, Set.of()).allowed()).isTrue();
        assertThat(FeedbackPolicy.mayRead(actor(3, Role.REP), area, Set.of("EVENTS")).allowed()).isTrue();
        assertThat(FeedbackPolicy.mayRead(actor(4, Role.REP), area, Set.of("QA")).allowed()).isFalse();
        assertThat(FeedbackPolicy.mayRead(actor(5, Role.COUNCIL), area, Set.of()).allowed()).as("the Council, for an area").isFalse();
        assertThat(FeedbackPolicy.mayRead(actor(6, Role.ADMIN), area, Set.of()).allowed()).isFalse();

        Feedback leadership = new Feedback(1, null, false, null, "S", "T", NOW);
        assertThat(FeedbackPolicy.mayRead(actor(5, Role.COUNCIL), leadership, Set.of()).allowed()).isTrue();
        assertThat(FeedbackPolicy.mayRead(actor(3, Role.REP), leadership, Set.of("EVENTS")).allowed()).isFalse();
    }

    @Test
    void contactsAnswerExceptTheirOwnFeedbackAndMentorsForwardOnlyForTheirCurrentMentees() {
        Feedback leadership = new Feedback(5, null, false, null, "S", "T", NOW);
        assertThat(FeedbackPolicy.mayAnswer(actor(9, Role.COUNCIL), leadership, Set.of()).allowed()).isTrue();
        assertThat(FeedbackPolicy.mayAnswer(actor(5, Role.COUNCIL), leadership, Set.of()).reason()).isEqualTo("feedback.policy.ownFeedback");
        assertThat(FeedbackPolicy.mayAnswer(actor(1, Role.REP), new Feedback(1, null, false, "QA", "S", "T", NOW), Set.of())
                .reason()).isEqualTo("feedback.policy.contactsOnly");

        assertThat(FeedbackPolicy.mayForwardFor(actor(3, Role.MENTOR), Optional.of(3L)).allowed()).isTrue();
        assertThat(FeedbackPolicy.mayForwardFor(actor(3, Role.MENTOR), Optional.of(4L)).allowed()).isFalse();
        assertThat(FeedbackPolicy.mayForwardFor(actor(3, Role.MENTOR), Optional.empty()).allowed()).isFalse();
    }

    private static Feedback toArea(String area) {
        Feedback feedback = new Feedback(1, null, false, area, "Subject", "Text", NOW);
        org.springframework.test.util.ReflectionTestUtils.setField(feedback, "id", 42L);
        return feedback;
    }

    private static Actor actor(long id, Role role) {
        return new Actor(id, EnumSet.of(role));
    }
}
