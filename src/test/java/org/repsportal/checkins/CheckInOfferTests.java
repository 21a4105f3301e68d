package org.repsportal.checkins;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.mentorship.Reassignments;
import org.repsportal.people.Person;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** When a mentee moves to another mentor, the check-ins their former mentor planned are offered to the new one. */
@PortalTest
@org.springframework.modulith.test.EnableScenarios
// the database of the mentorship tests that move the clock, so the mail written days ahead stays out of the shared log
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class CheckInOfferTests {

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired CheckIns checkIns;
    @Autowired Reassignments reassignments;
    @Autowired CheckInReminders reminders;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    @Autowired org.springframework.context.ApplicationContext context;

    /** The mail written on the moved clock is delivered before the clock goes back, so none stays due in the future. */
    @AfterEach
    void deliverMailThenResetClock() {
        for (int batch = 0; batch < 100 && org.repsportal.notifications.OutboxSending.sendDue(context) > 0; batch++) {
            // batch by batch
        }
        clock.reset();
    }

    private record Move(Person mentee, Person former, Person next, CheckIn coming, CheckIn past) {
    }

    /** A mentee with a check-in held last week and one planned in ten days moves to a new mentor by the Council's decision. */
    private Move moveWithACheckInPlanned(String name) {
        Person council = program.council(name + " Council");
        Person mentee = program.rep(name);
        Person former = program.mentor(name + " Former");
        Person next = program.mentor(name + " Next");
        program.assign(mentee, former);
        CheckIn past = checkIns.plan(program.actor(former), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(1).atTime(18, 0), "Europe/Berlin", List.of("Look back on the meetup")));
        CheckIn coming = checkIns.plan(program.actor(former), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(12).atTime(18, 0), "Europe/Berlin", List.of("Plan the localization sprint")));
        clock.advance(Duration.ofDays(2));
        reassignments.reassignByCouncil(program.actor(council), mentee.getId(), next.getId(), "closer time zone");
        await().until(() -> offeredTo(coming) != null && openOfferTasks(coming) == 1);
        return new Move(mentee, former, next, coming, past);
    }

    @Test
    void aCheckInStillToComeIsOfferedToTheNewMentorAsATaskAndAMailWhileOnesInThePastStayAsTheyWere() {
        Move move = moveWithACheckInPlanned("Oona");

        assertThat(offeredTo(move.coming())).isEqualTo(move.next().getId());
        assertThat(offeredTo(move.past())).isNull();
        assertThat(jdbc.sql("select assignee_id from tasks where source_ref = ?").param(CheckInOffers.sourceRef(move.coming().getId()))
                .query(Long.class).single()).isEqualTo(move.next().getId());
        assertThat(mailsTo(move.next(), "A check-in with Oona is offered to you"))
                .singleElement().satisfies(body -> assertThat(body).contains("/checkins/" + move.coming().getId()));
    }

    @Test
    void theNewMentorReadsTheOfferedCheckInAndTakesItOverAndTheMenteeAndFormerMentorAreTold() throws Exception {
        Move move = moveWithACheckInPlanned("Pavla");
        long id = move.coming().getId();

        mvc.perform(get("/api/v1/checkins/{id}", id).header("Authorization", Program.bearer(move.next())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.offeredTo").value(move.next().getId()));
        mvc.perform(get("/api/v1/checkins/{id}", id).header("Authorization", Program.bearer(program.mentor("Pavla Stranger"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/checkins/{id}", id).header("Authorization", Program.bearer(move.next())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Only Pavla Former, Pavla and you, while it is offered to you, can read")));
        mvc.perform(get("/checkins/{id}", id).header("Authorization", Program.bearer(move.mentee())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Pavla Next, to whom it is offered as the new mentor, can read it too")));
        mvc.perform(post("/api/v1/checkins/{id}/take-over", id).header("Authorization", Program.bearer(move.former())))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/checkins/{id}/take-over", id).header("Authorization", Program.bearer(move.next())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentorId").value(move.next().getId()))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.goals[0]").value("Plan the localization sprint"));

        await().until(() -> openOfferTasks(move.coming()) == 0);
        await().until(() -> mailsTo(move.mentee(), "is now with Pavla Next").size() == 1
                && mailsTo(move.former(), "is now with Pavla Next").size() == 1);
        CheckIn taken = checkIns.get(program.actor(move.next()), id);
        assertThat(taken.getOfferedTo()).isNull();
        assertThat(taken.getSequence()).as("calendar clients see the change").isEqualTo(move.coming().getSequence() + 1);
        assertThat(calendarSentWith(move.mentee(), "is now with Pavla Next")).as("the mentee's calendar follows the new organizer")
                .contains("METHOD:REQUEST", "SEQUENCE:" + taken.getSequence(), "ORGANIZER;CN=Pavla Next:mailto:" + move.next().getEmail());
        assertThatThrownBy(() -> checkIns.get(program.actor(move.former()), id)).isInstanceOf(NotFoundException.class);
        mvc.perform(post("/api/v1/checkins/{id}/take-over", id).header("Authorization", Program.bearer(move.next())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNewMentorMayLetItGoAndTheCheckInIsCancelled() throws Exception {
        Move move = moveWithACheckInPlanned("Quirin");

        mvc.perform(post("/api/v1/checkins/{id}/let-go", move.coming().getId()).header("Authorization", Program.bearer(move.next())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        await().until(() -> openOfferTasks(move.coming()) == 0 && mailsTo(move.mentee(), "is cancelled").size() == 1);
        assertThat(mailsTo(move.mentee(), "is cancelled")).singleElement()
                .satisfies(body -> assertThat(body).contains("Quirin Next is Quirin’s mentor now"));
        assertThat(calendarSentWith(move.mentee(), "is cancelled")).contains("METHOD:CANCEL", "STATUS:CANCELLED");
    }

    @Test
    void anOfferNobodyAnsweredLapsesWhenItsTimeComesAndIsNeverRemindedMeanwhile() {
        Move move = moveWithACheckInPlanned("Runa");

        reminders.remind(move.coming().getScheduledAt().minus(Duration.ofHours(30)));
        assertThat(mailsTo(move.mentee(), "Check-in with")).as("no reminder naming a mentor who may not hold it").isEmpty();
        assertThat(checkIns.lapseOffers(move.coming().getScheduledAt().minusSeconds(60))).isZero();

        checkIns.lapseOffers(move.coming().getScheduledAt());

        assertThat(jdbc.sql("select status from checkins where id = ?").param(move.coming().getId()).query(String.class).single())
                .isEqualTo("CANCELLED");
        await().until(() -> openOfferTasks(move.coming()) == 0);
        assertThatThrownBy(() -> checkIns.takeOver(program.actor(move.next()), move.coming().getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheMentorItIsOfferedToMayAnswer() {
        Move move = moveWithACheckInPlanned("Sami");

        assertThatThrownBy(() -> checkIns.letGo(program.actor(move.mentee()), move.coming().getId()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(offeredTo(move.coming())).isEqualTo(move.next().getId());
    }

    private Long offeredTo(CheckIn checkIn) {
        return jdbc.sql("select offered_to from checkins where id = ?").param(checkIn.getId())
                .query((rs, n) -> (Long) rs.getObject(1)).list().get(0);
    }

    private long openOfferTasks(CheckIn checkIn) {
        return jdbc.sql("select count(*) from tasks where source_ref = ? and state in ('OPEN', 'IN_PROGRESS', 'WAITING')")
                .param(CheckInOffers.sourceRef(checkIn.getId())).query(Long.class).single();
    }

    /** The calendar attached to the person's mail with that subject, unfolded. */
    private String calendarSentWith(Person person, String subject) {
        return mailbox.to(person).subjectContaining(subject).withCalendar().only().calendar();
    }

    private List<String> mailsTo(Person person, String subject) {
        return mailbox.to(person).subjectContaining(subject).bodies();
    }
}
