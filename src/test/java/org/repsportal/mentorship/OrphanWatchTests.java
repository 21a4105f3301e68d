package org.repsportal.mentorship;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The orphan watch on a moving clock: who waits more than a week for a mentor is on the Council's dashboard with
 * the days waiting and the best proposal, and the Council is mailed once a week while anyone waits, not when nobody does.
 */
@PortalTest
@EnableScenarios
// the database of ReassignmentTests (same configuration): the watch reads every Rep there, not the shared one's
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class OrphanWatchTests {

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired People people;
    @Autowired Mentorships mentorships;
    @Autowired MentorshipQueries queries;
    @Autowired OrphanWatch watch;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void whoWaitsMoreThanAWeekIsListedWithTheBestProposalAndTheCouncilIsMailedWeeklyUntilNobodyWaits() throws Exception {
        LocalDate day0 = LocalDate.now(clock).plusYears(15);
        moveTo(day0);
        Person council = program.council("Orphan Council");
        Person spanishCouncil = program.council("Orphan Consejera");
        people.choosePortalLanguage(program.actor(spanishCouncil), spanishCouncil.getId(), "es");
        Person leaving = program.mentor("Orphan Leaving Mentor");
        Person xaver = program.menteeOf(leaving, "Orphan Xaver");
        everyoneWaitingGetsAMentor(council);

        assertThat(watch.watch(day0)).isZero();
        assertThat(councilMails(council)).as("no mail while nobody waits").isZero();

        Person wanda = people.register(new NewPerson("Orphan Wanda", "Orphan Wanda Fullname", "orphan.wanda." + System.nanoTime()
                + "@orphans.test", "KE", "Nairobi", "Africa/Nairobi", Set.of("sw", "en"), Set.of("EVENTS"), null, day0,
                EnumSet.of(Role.REP), PersonStatus.ACTIVE));
        people.revokeRole(leaving.getId(), Role.MENTOR);
        assertThat(watch.watch(day0)).as("both wait since today").isZero();

        moveTo(day0.plusDays(7));
        assertThat(watch.watch(day0.plusDays(7))).as("a week is not more than a week").isZero();

        moveTo(day0.plusDays(8));
        assertThat(watch.watch(day0.plusDays(8))).isEqualTo(2);
        assertThat(councilMails(council)).isOne();
        assertThat(mailbox.to(spanishCouncil).in("COUNCIL").latest().subject()).as("in the language she chose")
                .isEqualTo("2 Reps esperan un mentor");
        var listed = watch.orphans(program.actor(council), 0, 20).items();
        assertThat(listed).extracting(OrphanWatch.Orphan::id).containsExactlyInAnyOrder(wanda.getId(), xaver.getId());
        assertThat(listed).allSatisfy(o -> {
            assertThat(o.daysWaiting()).isEqualTo(8);
            assertThat(o.bestProposal()).isNotNull();
        });
        var bestForWanda = listed.stream().filter(o -> o.id() == wanda.getId()).findFirst().orElseThrow().bestProposal();
        mvc.perform(get("/dashboard").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 Reps wait for a mentor for more than a week"),
                        containsString("Orphan Wanda"), containsString("waiting 8 days"),
                        containsString("best proposal: " + bestForWanda.mentorName()),
                        containsString("their mentor Orphan Leaving Mentor left"))));

        moveTo(day0.plusDays(10));
        watch.watch(day0.plusDays(10));
        assertThat(councilMails(council)).as("once a week").isOne();

        moveTo(day0.plusDays(15));
        watch.watch(day0.plusDays(15));
        assertThat(councilMails(council)).as("a week later, both still wait").isEqualTo(2);

        mentorships.assign(program.actor(council), new AssignMentor(wanda.getId(), bestForWanda.mentorId(),
                AssignmentKind.PERMANENT, "best proposal").withCapacityOverride("the Council catches up"));
        moveTo(day0.plusDays(16));
        assertThat(watch.watch(day0.plusDays(16))).isOne();
        mentorships.assign(program.actor(council), new AssignMentor(xaver.getId(), council.getId(),
                AssignmentKind.PERMANENT, "the Council member takes them").withCapacityOverride("the Council catches up"));

        moveTo(day0.plusDays(22));
        assertThat(watch.watch(day0.plusDays(22))).isZero();
        assertThat(watch.orphans(program.actor(council), 0, 20).total()).isZero();
        assertThat(councilMails(council)).as("no mail once nobody waits").isEqualTo(2);
    }

    /** The Council catches up with everyone in this database waiting for a mentor, so that the test starts from none. */
    private void everyoneWaitingGetsAMentor(Person council) {
        Person a = program.mentor("Orphan Catch-up A");
        Person b = program.mentor("Orphan Catch-up B");
        Person c = program.mentor("Orphan Catch-up C");
        for (int round = 0; round < 20; round++) {
            var waiting = queries.repsWithoutActiveMentor(0, 100).items();
            if (waiting.isEmpty()) {
                return;
            }
            for (var rep : waiting) {
                long mentor = rep.id() == a.getId() ? b.getId() : rep.id() == b.getId() ? c.getId() : a.getId();
                mentorships.assign(program.actor(council), new AssignMentor(rep.id(), mentor, AssignmentKind.PERMANENT,
                        "catching up").withCapacityOverride("the Council catches up"));
            }
        }
        throw new AssertionError("the Council could not catch up");
    }

    private long councilMails(Person council) {
        return mailbox.to(council).in("COUNCIL").subjectContaining("for a mentor").count();
    }

    private void moveTo(LocalDate day) {
        clock.setTo(day.atTime(7, 0).toInstant(ZoneOffset.UTC));
    }
}
