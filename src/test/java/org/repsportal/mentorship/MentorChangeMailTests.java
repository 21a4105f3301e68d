package org.repsportal.mentorship;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change of mentor is told to the Rep, the new mentor and the mentor before, each in their own language, in the
 * mentorship category: a direct assignment, an interim, its hand-back, and (once, not twice) an agreed or decided
 * change of mentor.
 */
@PortalTest
@EnableScenarios
// the context of the tests that move the clock and write mail (ReassignmentTests)
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class MentorChangeMailTests {

    private static final AtomicLong ABSENCES = new AtomicLong(880_000);

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired People people;
    @Autowired Mentorships mentorships;
    @Autowired Interims interims;
    @Autowired Reassignments reassignments;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Sent(String category, String subject, String body) {
    }

    @Test
    void anAssignmentThatReplacesAMentorTellsTheRepTheNewMentorAndTheOneBeforeEachInTheirLanguage() {
        Person council = program.council("Cora Changecouncil");
        Person first = program.mentor("Felix First");
        Person second = program.mentor("Sofía Segunda");
        Person mentee = program.rep("Ramón Rep");
        people.choosePortalLanguage(program.actor(mentee), mentee.getId(), "es");
        people.choosePortalLanguage(program.actor(second), second.getId(), "es");

        program.assign(mentee, first);
        mentorships.assign(program.actor(council), new AssignMentor(mentee.getId(), second.getId(), AssignmentKind.PERMANENT, "closer"));
        await().until(() -> mailsTo(mentee).size() == 1 && mailsTo(second).size() == 1 && mailsTo(first).size() == 1);
        Sent toMentee = mailsTo(mentee).get(0);
        assertThat(toMentee.category()).isEqualTo("MENTORSHIP");
        assertThat(toMentee.subject()).isEqualTo("Tu mentor ahora es Sofía Segunda");
        assertThat(toMentee.body()).contains("Hasta ahora era Felix First", "http://portal.test/people/" + mentee.getId() + "/mentor");
        assertThat(mailsTo(second).get(0).subject()).isEqualTo("Ramón Rep es ahora tu mentorado");
        assertThat(mailsTo(second).get(0).body()).contains("Hasta ahora su mentor era Felix First");
        assertThat(mailsTo(first)).extracting(Sent::subject).containsExactly("Ramón Rep has a new mentor: Sofía Segunda");
        assertThat(mailbox.to(mentee).latest().replyToPersonId()).as("the Rep's reply reaches the new mentor").isEqualTo(second.getId());
    }

    @Test
    void aFirstMentorTheCouncilGivesIsToldToTheRepAndTheMentorButAnOnboardingWelcomesThemItself() {
        Person council = program.council("Fiona Firstcouncil");
        Person mentor = program.mentor("Gael Giver");
        Person orphan = program.rep("Olga Orphan");
        Person applicant = program.rep("Amir Accepted");

        mentorships.assign(program.actor(council), new AssignMentor(orphan.getId(), mentor.getId(), AssignmentKind.PERMANENT,
                "waiting for a mentor"));
        await().until(() -> mailsTo(orphan).size() == 1 && mailsTo(mentor).size() == 1);
        assertThat(mailsTo(orphan).get(0).subject()).isEqualTo("Your mentor is now Gael Giver");
        assertThat(mailsTo(orphan).get(0).body()).doesNotContain("Until now");
        assertThat(mailsTo(mentor).get(0).subject()).isEqualTo("Olga Orphan is now your mentee");

        mentorships.assignAcceptedApplicant(program.actor(council), new AssignMentor(applicant.getId(), mentor.getId(),
                AssignmentKind.PERMANENT, "accepted"));
        assertThat(mentorships.currentMentorOf(applicant.getId())).contains(mentor.getId());
        await().until(() -> jdbc.sql("""
                select count(*) from event_publication where completion_date is null and listener_id like '%MentorChangeMail%'""")
                .query(Long.class).single() == 0);
        assertThat(mailsTo(applicant)).as("the onboarding tells the accepted applicant itself").isEmpty();
        assertThat(mailsTo(mentor)).hasSize(1);
    }

    @Test
    void anInterimIsToldWithItsLastDayAndItsHandBackTellsTheRepAndTheInterim() {
        LocalDate start = LocalDate.now(clock).plusYears(23);
        clock.setTo(start.atTime(9, 0).toInstant(ZoneOffset.UTC));
        Person council = program.council("Ines Interimcouncil");
        Person mentor = program.mentor("Paolo Permanent");
        Person interim = program.mentor("Ida Interim");
        Person mentee = program.menteeOf(mentor, "Rita Rep");
        LocalDate lastDay = start.plusDays(20);

        mentorships.assign(program.actor(council), AssignMentor.interim(mentee.getId(), interim.getId(), "Covers the absence",
                lastDay, ABSENCES.incrementAndGet()));
        await().until(() -> mailsTo(mentee).size() == 1 && mailsTo(interim).size() == 1 && mailsTo(mentor).size() == 1);
        assertThat(mailsTo(mentee).get(0).subject()).isEqualTo("Ida Interim is your interim mentor until " + lastDay);
        assertThat(mailsTo(mentee).get(0).body()).contains("Until now it was Paolo Permanent");
        assertThat(mailsTo(interim).get(0).subject()).isEqualTo("You are the interim mentor of Rita Rep until " + lastDay);
        assertThat(mailsTo(mentor).get(0).subject()).isEqualTo("Ida Interim is the interim mentor of Rita Rep until " + lastDay);

        clock.advance(Duration.ofDays(21));
        assertThat(interims.handBack(LocalDate.now(clock))).isPositive();
        await().until(() -> mailsTo(mentee).size() == 2 && mailsTo(interim).size() == 2);
        assertThat(mailsTo(mentee).get(1).subject()).isEqualTo("Paolo Permanent is your mentor again");
        assertThat(mailsTo(mentee).get(1).body()).contains("Ida Interim was your interim mentor until now.");
        assertThat(mailsTo(interim).get(1).subject()).isEqualTo("Rita Rep is back with Paolo Permanent");
        assertThat(mailsTo(mentor)).extracting(Sent::subject).as("the permanent mentor has their own mail with the handover note")
                .containsOnlyOnce("Rita Rep is back with you as mentor");
    }

    @Test
    void aChangeOfMentorTheCouncilDecidesIsToldOnceToEachOfTheThree() {
        Person council = program.council("Dora Decides");
        Person from = program.mentor("Franz From");
        Person to = program.mentor("Tina To");
        Person mentee = program.menteeOf(from, "Moritz Moving");

        reassignments.reassignByCouncil(program.actor(council), mentee.getId(), to.getId(), "a closer mentor");
        await().until(() -> mailsTo(mentee).size() == 1 && mailsTo(to).size() == 1 && mailsTo(from).size() == 1);
        for (Person person : List.of(mentee, to, from)) {
            assertThat(mailsTo(person)).extracting(Sent::subject).containsExactly("Moritz Moving now has Tina To as mentor");
        }
    }

    private List<Sent> mailsTo(Person person) {
        return mailbox.to(person).in("MENTORSHIP").list().stream().map(m -> new Sent(m.category(), m.subject(), m.body())).toList();
    }
}
