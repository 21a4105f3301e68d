package org.repsportal.mentorship;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Interim mentors on a moving clock: on the day after the absence the permanent mentor is back on every page before
 * any job ran, then gets the interim's note and the moved tasks; an interim the Council made permanent stays.
 */
@PortalTest
@EnableScenarios
// the database of ReassignmentTests (same configuration), as the other tests of the daily mentorship work
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class InterimTests {

    private static final AtomicLong ABSENCES = new AtomicLong(990_000);

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired Mentorships mentorships;
    @Autowired Interims interims;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onTheDayAfterTheAbsenceThePermanentMentorIsBackEverywhereThenGetsTheNoteAndTheTasks() throws Exception {
        LocalDate start = LocalDate.now(clock).plusYears(20);
        clock.setTo(start.atTime(9, 0).toInstant(ZoneOffset.UTC));
        Person council = program.council("Interim Council");
        Person mentor = program.mentor("Interim Permanent");
        Person mentee = program.menteeOf(mentor, "Interim Mentee");
        Person interim = program.mentor("Interim Cover");
        transactions.executeWithoutResult(s -> events.publishEvent(new TaskRequested(TaskType.FOLLOW_UP, "Follow up on the sprint",
                mentee.getId(), mentor.getId(), TaskPriority.NORMAL, null, "test:interim:" + mentee.getId(), Set.of())));
        await().until(() -> openTasksOf(mentor, mentee) == 1);
        LocalDate lastDay = start.plusDays(40);

        var assignment = mentorships.assign(program.actor(council), AssignMentor.interim(mentee.getId(), interim.getId(),
                "Covers the absence", lastDay, ABSENCES.incrementAndGet()));
        await().until(() -> openTasksOf(interim, mentee) == 1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/mentorship/interims/{id}/note",
                                assignment.getId()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("Authorization", Program.bearer(mentor)).param("note", "Not mine to write"))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/mentorship/interims/{id}/note",
                                assignment.getId()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("Authorization", Program.bearer(interim)).param("note", "We planned a localization sprint for May."))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/people/" + mentee.getId() + "/mentor"));

        clock.setTo(lastDay.atTime(23, 30).toInstant(ZoneOffset.UTC));
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(interim.getId());
        mvc.perform(get("/api/v1/mentees").header("Authorization", Program.bearer(interim)))
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(mentee.getId().intValue())));

        clock.advance(Duration.ofHours(1));
        assertThat(mentorships.currentMentorOf(mentee.getId())).as("back before any job ran").contains(mentor.getId());
        mvc.perform(get("/api/v1/mentees").header("Authorization", Program.bearer(mentor)))
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(mentee.getId().intValue())));
        mvc.perform(get("/api/v1/mentees").header("Authorization", Program.bearer(interim)))
                .andExpect(jsonPath("$.items[*].id", not(org.hamcrest.Matchers.hasItem(mentee.getId().intValue()))));
        mvc.perform(get("/people/{id}", mentee.getId()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/people/" + mentor.getId() + "\">Interim Permanent</a>")));
        mvc.perform(get("/people/{id}/mentor", mentee.getId()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Make permanent"))));

        assertThat(interims.handBack(LocalDate.now(clock))).isPositive();
        await().until(() -> openTasksOf(mentor, mentee) == 1 && openTasksOf(interim, mentee) == 0);
        assertThat(mentorships.handoverNotesFor(mentee.getId(), mentor.getId())).contains("We planned a localization sprint for May.");
        assertThat(mailbox.to(mentor).subjectContaining("is back with you").only().body()).contains("We planned a localization sprint for May.");
        assertThat(interims.handBack(LocalDate.now(clock).plusDays(1))).as("handed back once").isZero();
    }

    @Test
    void anInterimTheCouncilMadePermanentStaysAfterTheAbsenceAndThePermanentAssignmentEndsWithTheReason() {
        LocalDate start = LocalDate.now(clock).plusYears(21);
        clock.setTo(start.atTime(9, 0).toInstant(ZoneOffset.UTC));
        Person council = program.council("Permanent Interim Council");
        Person mentor = program.mentor("Interim Former");
        Person mentee = program.menteeOf(mentor, "Interim Kept");
        Person interim = program.mentor("Interim Kept Mentor");
        var assignment = mentorships.assign(program.actor(council), AssignMentor.interim(mentee.getId(), interim.getId(),
                "Covers the absence", start.plusDays(30), ABSENCES.incrementAndGet()));

        clock.advance(Duration.ofDays(10));
        interims.makePermanent(program.actor(council), assignment.getId());

        clock.advance(Duration.ofDays(60));
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(interim.getId());
        assertThat(mentorships.currentAssignmentOf(mentee.getId()).orElseThrow().getKind()).isEqualTo(AssignmentKind.PERMANENT);
        assertThat(interims.handBack(LocalDate.now(clock))).isZero();
        assertThat(mentorships.historyOf(mentee.getId())).filteredOn(a -> a.getMentorId() == mentor.getId())
                .singleElement().satisfies(a -> {
                    assertThat(a.getEndedOn()).isEqualTo(start.plusDays(10));
                    assertThat(a.getEndReason()).isNotBlank();
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> interims.makePermanent(program.actor(mentor), assignment.getId()))
                .isInstanceOf(org.repsportal.platform.ForbiddenException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> interims.makePermanent(program.actor(council), assignment.getId()))
                .as("made permanent already: a conflict, and the assignment stays as it is")
                .isInstanceOf(org.repsportal.platform.IllegalTransitionException.class);
        assertThat(mentorships.currentAssignmentOf(mentee.getId()).orElseThrow().getId()).isEqualTo(assignment.getId());
        assertThat(mentorships.currentAssignmentOf(mentee.getId()).orElseThrow().isCurrent()).isTrue();
    }

    private long openTasksOf(Person assignee, Person subject) {
        return jdbc.sql("select count(*) from tasks where assignee_id = ? and subject_person_id = ? and state in ('OPEN', 'IN_PROGRESS', 'WAITING')")
                .param(assignee.getId()).param(subject.getId()).query(Long.class).single();
    }
}
