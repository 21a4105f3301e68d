package org.repsportal.orientation;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.library.Library;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.support.TestClockConfiguration;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Orientation with the library, mentorship, people and tasks modules it uses, against the embedded PostgreSQL. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({TestClockConfiguration.class, Mailbox.class, Program.class})
class OrientationModuleTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    Program program;

    @Autowired
    Orientations orientations;

    @Autowired
    OrientationCalls calls;

    @Autowired
    OrientationQueries queries;

    @Autowired
    Mentorships mentorships;

    @Autowired
    Library library;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Program.Someone nairobian(String name) {
        return program.someone(name).from("KE", "Nairobi", "Africa/Nairobi").since(LocalDate.of(2022, 5, 1));
    }

    /** A council member, a mentor, and a Rep mentored by them. */
    private record Cast(Actor council, Actor mentor, Person rep) {
    }

    private Cast cast() {
        Actor council = program.actor(nairobian("Council").council());
        Person mentor = nairobian("Mentor").mentor();
        Person rep = nairobian("Rep").rep();
        mentorships.assignAcceptedApplicant(council, new AssignMentor(rep.getId(), mentor.getId(), AssignmentKind.PERMANENT, "onboarding"));
        return new Cast(council, program.actor(mentor), rep);
    }

    private Orientation appointed(Cast cast) {
        Orientation nomination = orientations.nominate(cast.mentor(), cast.rep().getId(), "Runs the campus club well");
        return orientations.appoint(cast.council(), nomination.getId());
    }

    @Test
    void anAppointedRepGetsTheMentorRoleAndStartsOrientation(AssertablePublishedEvents events) {
        Cast cast = cast();

        Orientation orientation = appointed(cast);

        assertThat(orientation.getState()).isEqualTo(OrientationState.IN_ORIENTATION);
        assertThat(people.get(cast.rep().getId()).has(Role.MENTOR)).isTrue();
        Checklist checklist = orientations.checklist(program.actor(cast.rep()));
        assertThat(checklist.doneCount()).isZero();
        assertThat(checklist.total()).isEqualTo(OrientationStep.values().length);
        assertThat(orientation.getDecidedBy()).isEqualTo(cast.council().personId());
        assertThat(orientation.getOrientationStartedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(mailbox.to(cast.rep().getId()).categories()).containsExactly("ORIENTATION");
        assertThat(queries.inOrientation(cast.council(), 0, 100).items())
                .filteredOn(i -> i.personId() == cast.rep().getId()).singleElement()
                .satisfies(i -> assertThat(i.stuckOn()).isEqualTo(OrientationStep.ONBOARDING_CALL));
    }

    @Test
    void aSelfNominationWaitsForTheMentorsEndorsementWhoGetsATask(AssertablePublishedEvents events) {
        Cast cast = cast();
        Actor rep = program.actor(cast.rep());

        Orientation nomination = orientations.nominate(rep, cast.rep().getId(), "I would like to help new Reps");

        assertThat(nomination.getNominationKind()).isEqualTo(MentorNominationKind.SELF);
        assertThat(events.ofType(TaskRequested.class)
                .matching(t -> t.sourceRef().equals("orientation:" + nomination.getId() + ":endorse"))).singleElement()
                .satisfies(t -> assertThat(t.assigneeId()).isEqualTo(cast.mentor().personId()));
        assertThatThrownBy(() -> orientations.appoint(cast.council(), nomination.getId()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> orientations.endorse(cast.council(), nomination.getId())).isInstanceOf(ForbiddenException.class);

        orientations.endorse(cast.mentor(), nomination.getId());
        orientations.appoint(cast.council(), nomination.getId());

        assertThat(events.ofType(TaskWorkDone.class).matching(d -> d.sourceRef().equals("orientation:" + nomination.getId() + ":endorse")))
                .hasSize(1);
        assertThat(orientations.get(nomination.getId()).getState()).isEqualTo(OrientationState.IN_ORIENTATION);
    }

    @Test
    void theCouncilDeclinesWithAReasonAndTheRepMayBeNominatedAgainLater() {
        Cast cast = cast();
        Orientation nomination = orientations.nominate(cast.mentor(), cast.rep().getId(), "Great events");

        assertThatThrownBy(() -> orientations.decline(cast.council(), nomination.getId(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> orientations.decline(cast.mentor(), nomination.getId(), "no")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> orientations.nominate(cast.council(), cast.rep().getId(), "again"))
                .isInstanceOf(RuleViolationException.class).hasMessage("policy.orientation.nominee-already-nominated");
        orientations.decline(cast.council(), nomination.getId(), "A few more months of events first");

        assertThat(people.get(cast.rep().getId()).has(Role.MENTOR)).isFalse();
        assertThat(orientations.nominate(cast.council(), cast.rep().getId(), "Ready now").getState())
                .isEqualTo(OrientationState.NOMINATED);
    }

    @Test
    void aMentorInOrientationIsOfferedNewMenteesOnlyWithACouncilOverrideWhichIsRecorded(Scenario scenario) {
        Cast cast = cast();
        appointed(cast);
        Person newRep = nairobian("Newbie").rep();

        assertThat(mentorships.notReadyForNewMentees(List.of(cast.rep().getId(), cast.mentor().personId())))
                .containsExactly(cast.rep().getId());
        assertThatThrownBy(() -> mentorships.assign(cast.council(),
                new AssignMentor(newRep.getId(), cast.rep().getId(), AssignmentKind.PERMANENT, "same town")))
                .isInstanceOf(RuleViolationException.class).hasMessage("policy.orientation.not-ready");

        // the override reaches orientation as MentorReadinessOverridden, which records it
        scenario.stimulate(() -> mentorships.assign(cast.council(), new AssignMentor(newRep.getId(), cast.rep().getId(),
                        AssignmentKind.PERMANENT, "same town", "Only mentor who speaks Swahili nearby")))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from readiness_overrides where mentor_id = :m and mentee_id = :r")
                        .param("m", cast.rep().getId()).param("r", newRep.getId()).query(Long.class).single(), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        assertThat(mentorships.currentAssignmentOf(newRep.getId()).orElseThrow().getReadinessOverride())
                .isEqualTo("Only mentor who speaks Swahili nearby");
    }

    @Test
    void theCouncilMayAllowNewMenteesBeforeOrientationIsComplete() {
        Cast cast = cast();
        appointed(cast);

        orientations.allowNewMenteesEarly(cast.council(), cast.rep().getId(), "Region without any other mentor");

        assertThat(mentorships.notReadyForNewMentees(List.of(cast.rep().getId()))).isEmpty();
        assertThat(queries.inOrientation(cast.council(), 0, 100).items())
                .filteredOn(i -> i.personId() == cast.rep().getId()).singleElement()
                .satisfies(i -> assertThat(i.newMenteesAllowed()).isTrue());
    }

    @Test
    void aCallInThePastIsRefusedOnItsDate() {
        Cast cast = cast();
        appointed(cast);
        clock.setTo(MONDAY);

        assertThatThrownBy(() -> calls.schedule(cast.council(), new ScheduleCall(CallKind.ONBOARDING, LocalDate.of(2026, 3, 1),
                LocalTime.of(10, 0), "Europe/Berlin", 60, "https://meet.example.org/x", null, List.of(cast.rep().getId()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(new FieldProblem("date", "orientation.call.past")));
        assertThatThrownBy(() -> calls.schedule(cast.council(), new ScheduleCall(null, null, null, "Mars/Olympus", 5,
                "ftp://x", null, List.of(cast.mentor().personId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("kind", "date", "time", "timeZone", "durationMinutes", "link", "inviteeIds"));
    }

    @Test
    void inviteesGetAMailWithTheCalendarInvitationAndATaskAndAttendanceCompletesTheirStep(AssertablePublishedEvents events)
            throws Exception {
        Cast cast = cast();
        appointed(cast);
        clock.setTo(MONDAY);

        OrientationCall call = calls.schedule(cast.council(), new ScheduleCall(CallKind.ONBOARDING, LocalDate.of(2026, 3, 5),
                LocalTime.of(16, 0), "Africa/Nairobi", 45, "https://meet.example.org/onboarding", "Bring questions",
                List.of(cast.rep().getId())));

        String ref = "orientation-call:" + call.getId() + ":" + cast.rep().getId();
        assertThat(events.ofType(TaskRequested.class).matching(t -> ref.equals(t.sourceRef()))).singleElement()
                .satisfies(t -> {
                    assertThat(t.type()).isEqualTo(TaskType.ORIENTATION);
                    assertThat(t.assigneeId()).isEqualTo(cast.rep().getId());
                    assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 3, 5));
                });
        Mailbox.Mail mail = mailbox.to(cast.rep().getId()).list().stream().filter(m -> !m.attachments().isEmpty()).findFirst()
                .orElseThrow();
        Mailbox.Attachment invite = mail.attachments().get(0);
        assertThat(mail.subject()).contains("Onboarding call", "5 March 2026", "16:00", "Africa/Nairobi");
        assertThat(mail.replyToPersonId()).isEqualTo(cast.council().personId());
        assertThat(invite.filename()).isEqualTo("invite.ics");
        assertThat(invite.contentType()).startsWith("text/calendar; method=REQUEST");
        VEvent event = new CalendarBuilder().build(new StringReader(invite.text()))
                .<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith("orientation-call-" + call.getId() + "@");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260305T160000");

        assertThatThrownBy(() -> calls.recordAttendance(cast.council(), call.getId(), cast.rep().getId(), true))
                .isInstanceOf(IllegalTransitionException.class);
        clock.advance(Duration.ofDays(3).plusHours(5));
        assertThatThrownBy(() -> calls.recordAttendance(cast.mentor(), call.getId(), cast.rep().getId(), true))
                .isInstanceOf(ForbiddenException.class);
        calls.recordAttendance(cast.council(), call.getId(), cast.rep().getId(), true);

        var step = orientations.checklist(program.actor(cast.rep())).steps().get(0);
        assertThat(step.step()).isEqualTo(OrientationStep.ONBOARDING_CALL);
        assertThat(step.done()).isTrue();
        assertThat(step.confirmedBy()).isEqualTo(cast.council().personId());
        assertThat(events.ofType(TaskWorkDone.class).matching(d -> ref.equals(d.sourceRef()))).hasSize(1);
    }

    @Test
    void onlyPeopleInOrientationAreInvited() {
        Cast cast = cast();

        assertThatThrownBy(() -> calls.schedule(cast.council(), new ScheduleCall(CallKind.TRAINING, LocalDate.now(clock).plusDays(3),
                LocalTime.NOON, "UTC", null, "https://meet.example.org/t", null, List.of(cast.rep().getId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("inviteeIds", "orientation.call.invitees.not-in-orientation")));
    }

    @Test
    void selfServiceStepsAreIdempotentAndWitnessStepsAreForTheCouncil() {
        Cast cast = cast();
        appointed(cast);
        Actor newMentor = program.actor(cast.rep());

        Checklist first = orientations.completeStep(newMentor, "mentors-channel");
        Checklist again = orientations.completeStep(newMentor, "mentors-channel");

        assertThat(again.doneCount()).isEqualTo(first.doneCount()).isEqualTo(1);
        assertThatThrownBy(() -> orientations.completeStep(newMentor, "onboarding-call")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> orientations.completeStep(newMentor, "no-such-step")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orientations.completeStep(cast.mentor(), "training")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void readingTheLibraryPagesAndTheOtherStepsMakeAnActiveMentorReadyForMentees(Scenario scenario) {
        Cast cast = cast();
        appointed(cast);
        Actor newMentor = program.actor(cast.rep());
        Person newRep = nairobian("Fresh").rep();

        orientations.confirmStep(cast.council(), cast.rep().getId(), "onboarding-call", "Met at the regional meetup");
        orientations.completeStep(newMentor, "training");
        orientations.completeStep(newMentor, "mentors-channel");
        orientations.completeStep(newMentor, "first-check-ins");
        Checklist viaStep = orientations.completeStep(newMentor, "read-budget-sop");
        assertThat(viaStep.steps()).filteredOn(s -> s.step() == OrientationStep.READ_BUDGET_SOP).singleElement()
                .satisfies(s -> assertThat(s.sopVersion()).isEqualTo(library.currentVersion("budget-review")));
        assertThat(library.readAt(cast.rep().getId(), library.get("budget-review").getId(),
                library.currentVersion("budget-review"))).isPresent();

        scenario.stimulate(() -> library.recordRead(newMentor, "mentoring", library.currentVersion("mentoring")))
                .andWaitForStateChange(() -> orientations.checklist(newMentor).doneCount(), done -> done == 6)
                .andVerify(done -> assertThat(done).isEqualTo(6));
        scenario.stimulate(() -> library.recordRead(newMentor, "mentor-training", library.currentVersion("mentor-training")))
                .andWaitForStateChange(() -> orientations.latestOf(cast.rep().getId()).orElseThrow().getState(),
                        state -> state == OrientationState.ACTIVE_MENTOR)
                .andVerify(state -> assertThat(state).isEqualTo(OrientationState.ACTIVE_MENTOR));

        Checklist done = orientations.checklist(newMentor);
        assertThat(done.complete()).isTrue();
        assertThat(done.steps()).filteredOn(s -> s.step() == OrientationStep.READ_MENTORING_SOP).singleElement()
                .satisfies(s -> assertThat(s.sopVersion()).isEqualTo(library.currentVersion("mentoring")));
        assertThat(mentorships.assign(cast.council(), new AssignMentor(newRep.getId(), cast.rep().getId(),
                AssignmentKind.PERMANENT, "first mentee")).getReadinessOverride()).isNull();
    }

}
