package org.repsportal.mentorship;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.orientation.Orientations;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
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
import org.repsportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * What a step-down's last day does, on a moving clock through the daily job: mentees still with the mentor wait on
 * the orphan watch and the Council gets a task; the Mentor role ends (FORMER_MENTOR); a Rep leaving the program
 * becomes alumni only then, with their own mentorships ended and their tasks withdrawn.
 */
@PortalTest
@EnableScenarios
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class StepDownLastDayTests {

    @Autowired Program program;
    @Autowired People people;
    @Autowired Orientations orientations;
    @Autowired StepDowns stepDowns;
    @Autowired Reassignments reassignments;
    @Autowired Mentorships mentorships;
    @Autowired MentorshipDaily daily;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A mentor appointed by the Council through orientation, allowed mentees early, so that the step-down ends it. */
    private Person orientedMentor(Person council, String name) {
        Person mentor = program.rep(name);
        orientations.nominate(program.actor(council), mentor.getId(), "guides newcomers well");
        long orientation = jdbc.sql("select id from orientations where person_id = ?").param(mentor.getId()).query(Long.class).single();
        orientations.appoint(program.actor(council), orientation);
        orientations.allowNewMenteesEarly(program.actor(council), mentor.getId(), "experienced already");
        return mentor;
    }

    @Test
    void afterTheLastDayTheMenteesLeftWaitOnTheOrphanWatchTheCouncilIsToldAndTheMentorIsAFormerMentor() throws Exception {
        Person council = program.council("Lastday Council");
        Person mentor = orientedMentor(council, "Stepping Sabine");
        Person moved = program.rep("Moved Teo");
        Person left = program.rep("Left Ugo");
        Person successor = program.mentor("Successor Vala");
        program.assign(moved, mentor);
        program.assign(left, mentor);
        LocalDate lastDay = LocalDate.now(clock).plusDays(10);
        long id = stepDowns.start(program.actor(mentor), lastDay, false, Map.of(), "I step down", "Thank you");
        await().until(() -> openTasks("stepdown:" + id) == 1);
        long task = jdbc.sql("select id from tasks where source_ref = ?").param("stepdown:" + id).query(Long.class).single();
        mvc.perform(get("/tasks/{id}", task).cookie(SignIn.as(mvc, council)))
                .andExpect(content().string(containsString("href=\"/mentorship/step-downs/" + id + "\"")));
        reassignments.reassignByCouncil(program.actor(council), moved.getId(), successor.getId(), "proposal");

        clock.setTo(lastDay.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        daily.run(LocalDate.now(clock));
        assertThat(mentorships.currentMentorOf(left.getId())).as("still theirs on the last day").contains(mentor.getId());
        assertThat(people.get(mentor.getId()).has(Role.MENTOR)).isTrue();

        clock.advance(Duration.ofDays(1));
        daily.run(LocalDate.now(clock));
        assertThat(mentorships.currentMentorOf(left.getId())).isEmpty();
        assertThat(mentorships.currentMentorOf(moved.getId())).contains(successor.getId());
        assertThat(jdbc.sql("select count(*) from orphan_watch where person_id = ?").param(left.getId()).query(Long.class).single())
                .isOne();
        assertThat(people.get(mentor.getId()).has(Role.MENTOR)).isFalse();
        assertThat(people.get(mentor.getId()).getStatus()).isEqualTo(PersonStatus.ACTIVE);
        await().until(() -> openTasks("stepdown:" + id + ":last-day") == 1);
        assertThat(jdbc.sql("select title from tasks where source_ref = ?").param("stepdown:" + id + ":last-day")
                .query(String.class).single()).contains("Stepping Sabine").contains("Left Ugo");
        await().until(() -> openTasks("stepdown:" + id) == 0);
        await().until(() -> "FORMER_MENTOR".equals(orientationState(mentor)));

        // a second run finds nothing more to do
        assertThat(daily.run(LocalDate.now(clock)).steppedDown()).isZero();
    }

    @Test
    void aRepLeavingTheProgramBecomesAlumniOnlyAfterTheLastDayWithTheirMentorshipsEndedAndTasksWithdrawn() {
        Person council = program.council("Leaving Council");
        Person ownMentor = program.mentor("Own Mentor Wim");
        Person leaver = orientedMentor(council, "Leaving Xena");
        Person mentee = program.rep("Mentee Yara");
        Person successor = program.mentor("Successor Zeno");
        program.assign(leaver, ownMentor);
        program.assign(mentee, leaver);
        String taskRef = "test:leaving:" + leaver.getId();
        transactions.executeWithoutResult(s -> events.publishEvent(new TaskRequested(TaskType.FOLLOW_UP, "Write the event report",
                leaver.getId(), leaver.getId(), TaskPriority.NORMAL, null, taskRef, Set.of())));
        await().until(() -> openTasks(taskRef) == 1);

        LocalDate lastDay = LocalDate.now(clock).plusDays(5);
        long id = stepDowns.start(program.actor(leaver), lastDay, true, Map.of(), "I leave the program", "Goodbye");
        await().until(() -> openTasks("stepdown:" + id) == 1);
        reassignments.reassignByCouncil(program.actor(council), mentee.getId(), successor.getId(), "leaving");

        // every mentee reassigned: the Council's task is done, but the Rep takes part until their last day
        await().until(() -> openTasks("stepdown:" + id) == 0);
        assertThat(people.get(leaver.getId()).getStatus()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(mentorships.currentMentorOf(leaver.getId())).contains(ownMentor.getId());
        clock.setTo(lastDay.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        daily.run(LocalDate.now(clock));
        assertThat(people.get(leaver.getId()).getStatus()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(openTasks(taskRef)).isOne();

        clock.advance(Duration.ofDays(1));
        daily.run(LocalDate.now(clock));
        Person gone = people.get(leaver.getId());
        assertThat(gone.getStatus()).isEqualTo(PersonStatus.ALUMNI);
        assertThat(gone.has(Role.ALUMNI)).isTrue();
        assertThat(gone.has(Role.MENTOR)).isFalse();
        assertThat(mentorships.currentMentorOf(leaver.getId())).isEmpty();
        assertThat(jdbc.sql("select end_reason from mentor_assignments where mentee_id = ? and mentor_id = ?")
                .param(leaver.getId()).param(ownMentor.getId()).query(String.class).single()).isEqualTo("left the program");
        await().until(() -> openTasks(taskRef) == 0);
        await().until(() -> "FORMER_MENTOR".equals(orientationState(leaver)));
    }

    @Test
    void aRepWithoutMenteesLeavingTheProgramStaysUntilTheirLastDay() {
        Person rep = program.rep("Quiet Leaver");
        LocalDate lastDay = LocalDate.now(clock).plusDays(3);
        stepDowns.start(program.actor(rep), lastDay, true, Map.of(), "I leave", "Thanks all");
        assertThat(people.get(rep.getId()).getStatus()).isEqualTo(PersonStatus.ACTIVE);

        clock.setTo(lastDay.plusDays(1).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC));
        daily.run(LocalDate.now(clock));
        assertThat(people.get(rep.getId()).getStatus()).isEqualTo(PersonStatus.ALUMNI);
    }

    private long openTasks(String sourceRef) {
        return jdbc.sql("select count(*) from tasks where source_ref = ? and state in ('OPEN', 'IN_PROGRESS', 'WAITING')")
                .param(sourceRef).query(Long.class).single();
    }

    private String orientationState(Person person) {
        return jdbc.sql("select state from orientations where person_id = ? order by id desc limit 1").param(person.getId())
                .query(String.class).optional().orElse(null);
    }
}
