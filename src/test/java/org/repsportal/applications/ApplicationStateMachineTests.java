package org.repsportal.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of an application from every state: the SOP's path is allowed, everything else refused. */
class ApplicationStateMachineTests {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final Answers ANSWERS = new Answers("why", "what", "other", "goals", "people");

    static Application fresh() {
        var request = new ApplicationRequest("Lucía Pérez", "lucia@example.net", "LATAM", "AR", "Rosario", List.of("es"),
                "America/Argentina/Cordoba", List.of("LOCALIZATION"), true, 9, ANSWERS, List.of(), List.of());
        return new Application(request, "status", "confirm", "print", null, "en", NOW);
    }

    /** An application brought along the SOP's path into the given state. */
    static Application in(ApplicationState state) {
        Application a = fresh();
        switch (state) {
            case UNCONFIRMED -> { }
            case SUBMITTED -> a.confirm(NOW);
            case SCREENING -> { a.confirm(NOW); a.startScreening(NOW); }
            case INTERVIEW -> { a.confirm(NOW); a.startScreening(NOW); a.assignInterviewer(7, LocalDate.of(2026, 5, 11), NOW); }
            case DECIDED -> { Application b = in(ApplicationState.INTERVIEW); b.decide(Outcome.NOT_YET, "r", "w", LocalDate.of(2027, 1, 1), 1, NOW); return b; }
            case ONBOARDING -> { Application b = accepted(); b.startOnboarding(3, 7, NOW); return b; }
            case COMPLETED -> { Application b = in(ApplicationState.ONBOARDING); b.completeOnboarding(NOW); return b; }
            case WITHDRAWN -> a.withdraw(NOW);
            case CLOSED_NO_REPLY -> a.closeForSilence(NOW);
        }
        return a;
    }

    static Application accepted() {
        Application a = in(ApplicationState.INTERVIEW);
        a.decide(Outcome.ACCEPTED, "fits", null, null, 1, NOW);
        return a;
    }

    static final Map<String, Consumer<Application>> TRANSITIONS = Map.ofEntries(
            Map.entry("confirm", a -> a.confirm(NOW)),
            Map.entry("startScreening", a -> a.startScreening(NOW)),
            Map.entry("assignInterviewer", a -> a.assignInterviewer(8, LocalDate.of(2026, 5, 11), NOW)),
            Map.entry("offerSlots", a -> a.offerSlots(NOW)),
            Map.entry("pickSlot", a -> a.pickSlot(false)),
            Map.entry("correct", a -> a.correct(ANSWERS, List.of(), false)),
            Map.entry("decide", a -> a.decide(Outcome.REJECTED, "reason", null, null, 1, NOW)),
            Map.entry("startOnboarding", a -> a.startOnboarding(3, 7, NOW)),
            Map.entry("acceptAgreement", a -> a.acceptAgreement(NOW)),
            Map.entry("completeOnboarding", a -> a.completeOnboarding(NOW)),
            Map.entry("withdraw", a -> a.withdraw(NOW)),
            Map.entry("closeForSilence", a -> a.closeForSilence(NOW)));

    /** Which states each transition is allowed from (closing for silence: while the program waits on the applicant). */
    static final Map<String, Set<ApplicationState>> ALLOWED = Map.ofEntries(
            Map.entry("confirm", EnumSet.of(ApplicationState.UNCONFIRMED)),
            Map.entry("startScreening", EnumSet.of(ApplicationState.SUBMITTED)),
            Map.entry("assignInterviewer", EnumSet.of(ApplicationState.SCREENING, ApplicationState.INTERVIEW)),
            Map.entry("offerSlots", EnumSet.of(ApplicationState.INTERVIEW)),
            Map.entry("pickSlot", EnumSet.of(ApplicationState.INTERVIEW)),
            Map.entry("correct", EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.SCREENING, ApplicationState.INTERVIEW)),
            Map.entry("decide", EnumSet.of(ApplicationState.SCREENING, ApplicationState.INTERVIEW)),
            Map.entry("startOnboarding", EnumSet.noneOf(ApplicationState.class)),
            Map.entry("acceptAgreement", EnumSet.of(ApplicationState.ONBOARDING)),
            Map.entry("completeOnboarding", EnumSet.of(ApplicationState.ONBOARDING)),
            Map.entry("withdraw", EnumSet.of(ApplicationState.UNCONFIRMED, ApplicationState.SUBMITTED, ApplicationState.SCREENING,
                    ApplicationState.INTERVIEW)),
            Map.entry("closeForSilence", EnumSet.of(ApplicationState.UNCONFIRMED)));

    @Test
    void everyTransitionIsAllowedExactlyFromItsStatesAndRefusedFromAllOthers() {
        for (var transition : TRANSITIONS.entrySet()) {
            for (ApplicationState state : ApplicationState.values()) {
                Application a = in(state);
                if (ALLOWED.get(transition.getKey()).contains(state)) {
                    assertThatCode(() -> transition.getValue().accept(a)).as("%s from %s", transition.getKey(), state)
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> transition.getValue().accept(a)).as("%s from %s", transition.getKey(), state)
                            .isInstanceOf(IllegalTransitionException.class);
                    assertThat(a.getState()).as("a refused %s leaves %s as it was", transition.getKey(), state).isEqualTo(state);
                }
            }
        }
    }

    @Test
    void onlyAnAcceptedDecisionLeadsToOnboarding() {
        Application notYet = in(ApplicationState.DECIDED);
        assertThatThrownBy(() -> notYet.startOnboarding(3, 7, NOW)).isInstanceOf(IllegalTransitionException.class);

        Application yes = accepted();
        yes.startOnboarding(3, 7, NOW);
        assertThat(yes.getState()).isEqualTo(ApplicationState.ONBOARDING);
        assertThat(yes.getPersonId()).isEqualTo(3L);
        assertThat(yes.getMentorId()).isEqualTo(7L);
    }

    @Test
    void anApplicationIsAcceptedOnlyAfterTheInterviewStage() {
        Application screening = in(ApplicationState.SCREENING);
        assertThatThrownBy(() -> screening.decide(Outcome.ACCEPTED, "fits", null, null, 1, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(screening.getState()).isEqualTo(ApplicationState.SCREENING);
    }

    @Test
    void answersCanNoLongerBeCorrectedOnceTheInterviewWasHeld() {
        Application a = in(ApplicationState.INTERVIEW);
        assertThatThrownBy(() -> a.correct(ANSWERS, List.of(), true)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void offeringTimesMakesTheProgramWaitOnTheApplicantUntilOneIsPicked() {
        Application a = in(ApplicationState.INTERVIEW);
        assertThat(a.getWaitingOnApplicantSince()).isNull();
        a.offerSlots(NOW);
        assertThat(a.getWaitingOnApplicantSince()).isEqualTo(NOW);
        assertThatCode(() -> a.warnSilence(NOW)).doesNotThrowAnyException();
        a.pickSlot(false);
        assertThat(a.getWaitingOnApplicantSince()).isNull();
        assertThatThrownBy(() -> a.closeForSilence(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aChangedInterviewTimeKeepsTheInvitationAndCountsUpItsSequence() {
        Application a = in(ApplicationState.INTERVIEW);
        var uid = a.getInterviewUid();
        a.pickSlot(false);
        assertThat(a.getInterviewSequence()).isZero();
        a.pickSlot(true);
        a.interviewCancelled();
        assertThat(a.getInterviewSequence()).isEqualTo(2);
        assertThat(a.getInterviewUid()).isEqualTo(uid);
    }

    @Test
    void aNotYetDecisionKeepsWhatToWorkOnAndWhenToApplyAgain() {
        Application a = in(ApplicationState.DECIDED);
        assertThat(a.getOutcome()).isEqualTo(Outcome.NOT_YET);
        assertThat(a.getWorkOn()).isEqualTo("w");
        assertThat(a.getReapplyAfter()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(a.getDecisionReason()).isEqualTo("r");
    }

    @Test
    void aRefereeIsAskedOnceRemindedAtMostTwiceAndAnswersOnce() {
        var r = new Referee(1, 0, "Ana", "ana@example.net", "t");
        assertThatThrownBy(() -> r.remind(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.answer("k", "s", true, NOW)).isInstanceOf(IllegalTransitionException.class);
        r.request(null, false, NOW);
        assertThatThrownBy(() -> r.request(null, false, NOW)).isInstanceOf(IllegalTransitionException.class);
        r.remind(NOW);
        r.remind(NOW);
        assertThat(r.mayBeReminded()).isFalse();
        assertThatThrownBy(() -> r.remind(NOW)).isInstanceOf(IllegalTransitionException.class);
        r.answer("k", "s", true, NOW);
        assertThat(r.getState()).isEqualTo(Referee.State.ANSWERED);
        assertThatThrownBy(() -> r.answer("k", "s", true, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aWelcomePackGoesFromPreparedToShippedToDeliveredOrReturnedAndShippedAgain() {
        var pack = new WelcomePack(1, NOW);
        assertThatThrownBy(() -> pack.ship("DHL", "1", NOW)).as("no address yet").isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> pack.markDelivered(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> pack.confirmReceipt(NOW)).isInstanceOf(IllegalTransitionException.class);
        pack.prepare("Calle 1, Rosario", true, "T-shirt, stickers", "M", "USD 20", NOW);
        pack.ship("DHL", "123", NOW);
        assertThat(pack.getState()).isEqualTo(WelcomePack.State.SHIPPED);
        assertThatThrownBy(() -> pack.ship("DHL", "123", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> pack.prepare("x", true, "y", null, null, NOW)).isInstanceOf(IllegalTransitionException.class);
        pack.markReturned(NOW);
        assertThatThrownBy(() -> pack.markDelivered(NOW)).isInstanceOf(IllegalTransitionException.class);
        pack.prepare("Calle 2, Rosario", true, "T-shirt, stickers", "M", "USD 20", NOW);
        pack.ship("Correo", "456", NOW);
        assertThat(pack.getState()).isEqualTo(WelcomePack.State.RESHIPPED);
        assertThat(pack.getShipments()).isEqualTo(2);
        pack.confirmReceipt(NOW);
        assertThat(pack.getState()).isEqualTo(WelcomePack.State.DELIVERED);
        assertThat(pack.received()).isTrue();
        assertThatThrownBy(() -> pack.markReturned(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anAddressNotConfirmedByTheRepIsNotShippedTo() {
        var pack = new WelcomePack(1, NOW);
        pack.prepare("Calle 1", false, "T-shirt", null, null, NOW);
        assertThatThrownBy(() -> pack.ship("DHL", "1", NOW)).isInstanceOf(IllegalTransitionException.class);
    }
}
