package org.repsportal.mentorship;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of the real workflows: proposing a new mentor from the mentee's profile with the ranked proposals,
 * dismissing a proposal with a reason, the Council setting a mentor's capacity, and the warning before assigning
 * a full mentor.
 */
@PortalTest
class ProposalPagesTests {

    @Autowired Program program;
    @Autowired Mentorships mentorships;
    @Autowired MentorProposals proposals;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theMenteeProposesOneOfTheRankedMentorsFromTheirProfileAndAMissingReasonKeepsTheirChoice() throws Exception {
        Person mentee = program.rep("Proposing Mentee");
        Person mentor = program.mentor("Proposing Current");
        program.assign(mentee, mentor);
        Person wanted = program.mentor("Aaa Proposing Wanted");
        var session = SignIn.as(mvc, mentee);

        mvc.perform(get("/people/{id}", mentee.getId()).cookie(session))
                .andExpect(content().string(containsString("/people/" + mentee.getId() + "/reassignment")));
        mvc.perform(get("/people/{id}/reassignment", mentee.getId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Proposed mentors, best first"),
                        containsString("Aaa Proposing Wanted"), containsString("places taken"), containsString("Propose this mentor"))));

        mvc.perform(post("/people/{id}/reassignment", mentee.getId()).cookie(session).with(csrf())
                        .param("toMentorId", String.valueOf(wanted.getId())).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please fill this in."), containsString("is-invalid"),
                        matchesPattern("(?s).*value=\"" + wanted.getId() + "\"[^>]*checked.*"))));
        assertThat(openReassignmentsOf(mentee)).isZero();

        mvc.perform(post("/people/{id}/reassignment", mentee.getId()).cookie(session).with(csrf())
                        .param("toMentorId", String.valueOf(wanted.getId())).param("reason", "We share a time zone"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/mentorship/reassignments/*"));
        assertThat(openReassignmentsOf(mentee)).isOne();

        mvc.perform(post("/people/{id}/reassignment", mentee.getId()).cookie(session).with(csrf())
                        .param("toMentorId", String.valueOf(wanted.getId())).param("reason", "Again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A change of mentor is already under way for this Rep.")));
    }

    @Test
    void someoneOutsideTheMenteesCircleFindsNoProposalsPage() throws Exception {
        Person mentee = program.rep("Private Mentee");
        program.assign(mentee, program.mentor("Private Mentor"));

        mvc.perform(get("/people/{id}/reassignment", mentee.getId()).cookie(SignIn.as(mvc, program.mentor("Nosy Mentor"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCouncilDismissesAProposalWithAReasonAndWithoutOneKeepsTheChosenMentor() throws Exception {
        Person council = program.council("Dismissing Council");
        Person mentee = program.rep("Dismissed For");
        Person dismissed = program.mentor("Aaa Dismissed Mentor");
        var session = SignIn.as(mvc, council);

        mvc.perform(post("/people/{id}/proposals/dismissals", mentee.getId()).cookie(session).with(csrf())
                        .param("mentorId", String.valueOf(dismissed.getId())).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("dismiss-reason-error"),
                        matchesPattern("(?s).*value=\"" + dismissed.getId() + "\"[^>]*selected.*"))));
        assertThat(proposals.forMentee(program.actor(council), mentee.getId())).anyMatch(p -> p.mentorId() == dismissed.getId());

        mvc.perform(post("/people/{id}/proposals/dismissals", mentee.getId()).cookie(session).with(csrf())
                        .param("mentorId", String.valueOf(dismissed.getId())).param("reason", "They are siblings"))
                .andExpect(status().is3xxRedirection());
        assertThat(proposals.forMentee(program.actor(council), mentee.getId())).noneMatch(p -> p.mentorId() == dismissed.getId());
        assertThat(jdbc.sql("select reason from proposal_dismissals where mentee_id = ? and mentor_id = ?")
                .param(mentee.getId()).param(dismissed.getId()).query(String.class).single()).isEqualTo("They are siblings");

        mvc.perform(post("/people/{id}/proposals/dismissals", mentee.getId()).cookie(SignIn.as(mvc, mentee)).with(csrf())
                        .param("mentorId", String.valueOf(dismissed.getId())).param("reason", "I do not like them"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCouncilSetsAMentorsCapacityAndBadNumbersAreFieldErrorsWithWhatWasTyped() throws Exception {
        Person council = program.council("Capacity Setter");
        Person mentor = program.mentor("Capacity Mentor");
        var session = SignIn.as(mvc, council);

        mvc.perform(get("/people/{id}", mentor.getId()).cookie(session))
                .andExpect(content().string(containsString("/people/" + mentor.getId() + "/capacity")));
        mvc.perform(get("/people/{id}/capacity", mentor.getId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("0 of 8 places taken."), containsString("value=\"8\""))));
        mvc.perform(post("/people/{id}/capacity", mentor.getId()).cookie(session).with(csrf()).param("capacity", "a dozen"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"a dozen\""), containsString("Please enter a valid value."))));
        mvc.perform(post("/people/{id}/capacity", mentor.getId()).cookie(session).with(csrf()).param("capacity", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"150\""), containsString("A capacity is a number from 0 to 100."))));
        assertThat(mentorships.capacityOf(mentor.getId())).isEqualTo(8);

        mvc.perform(post("/people/{id}/capacity", mentor.getId()).cookie(session).with(csrf()).param("capacity", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(mentorships.capacityOf(mentor.getId())).isEqualTo(3);

        mvc.perform(post("/people/{id}/capacity", mentor.getId()).cookie(SignIn.as(mvc, mentor)).with(csrf()).param("capacity", "30"))
                .andExpect(status().isForbidden());
        assertThat(mentorships.capacityOf(mentor.getId())).isEqualTo(3);
    }

    @Test
    void aFullMentorIsMarkedBeforeAssigningAndAssigningThemNeedsTheRecordedReason() throws Exception {
        Person council = program.council("Warning Council");
        Person full = program.mentor("Warning Full");
        mentorships.setCapacity(program.actor(council), full.getId(), 1);
        program.assign(program.rep("Warning First"), full);
        Person mentee = program.rep("Warning Mentee");
        var session = SignIn.as(mvc, council);

        // the picker lists the first mentors by name; the search finds this one among the test's many
        mvc.perform(get("/people/{id}/mentor", mentee.getId()).param("q", "Warning Full").cookie(session))
                .andExpect(content().string(containsString(
                        "Warning Full · Germany · Mentor (1 of 1 places taken) — full: only with a reason beyond capacity")))
                // the warning the style sheet shows as soon as a full mentor is chosen, before the form is sent
                .andExpect(content().string(containsString("id=\"capacity-warning-live\"")))
                .andExpect(content().string(not(containsString("id=\"capacity-warning\""))));

        mvc.perform(post("/people/{id}/mentor", mentee.getId()).cookie(session).with(csrf())
                        .param("mentorId", String.valueOf(full.getId())).param("kind", "PERMANENT").param("reason", "Same city"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"capacity-warning\""),
                        containsString("This mentor has no place left for another mentee"), containsString("Same city"))))
                .andExpect(content().string(not(containsString("id=\"capacity-warning-live\""))));
        assertThat(mentorships.currentMentorOf(mentee.getId())).isEmpty();

        mvc.perform(post("/people/{id}/mentor", mentee.getId()).cookie(session).with(csrf())
                        .param("mentorId", String.valueOf(full.getId())).param("kind", "PERMANENT").param("reason", "Same city")
                        .param("capacityOverride", "They already meet every week"))
                .andExpect(status().is3xxRedirection());
        assertThat(mentorships.currentAssignmentOf(mentee.getId()).orElseThrow().getCapacityOverride())
                .isEqualTo("They already meet every week");
    }

    private long openReassignmentsOf(Person mentee) {
        return jdbc.sql("select count(*) from reassignments where mentee_id = ? and state in ('PROPOSED', 'WITH_COUNCIL')")
                .param(mentee.getId()).query(Long.class).single();
    }
}
