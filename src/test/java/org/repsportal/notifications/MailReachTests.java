package org.repsportal.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When some of the people a member writes to through the portal will not get the mail, the page after sending
 * says who and why, as the outbox decided it: turned the kind of mail off, deactivated, alumni, erased; and who
 * is away (they get it, their auto-reply goes to the sender).
 */
@PortalTest
class MailReachTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailPreferences preferences;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void theMentorIsToldWhichMenteesWillNotGetTheirMailAndWhyAndWhoIsAway() throws Exception {
        Person mentor = program.mentor("Telling Tamara");
        Person quiet = program.rep("Ana Quiet");
        Person alumna = program.rep("Bea Alumna");
        Person away = program.rep("Carla Away");
        Person reached = program.rep("Dora Reached");
        for (Person mentee : List.of(quiet, alumna, away, reached)) {
            program.assign(mentee, mentor);
        }
        preferences.choose(program.actor(quiet), Map.of(MailCategory.MENTEE_MESSAGES, Delivery.OFF));
        people.makeAlumni(alumna.getId());
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/api/v1/absences").header("Authorization", Program.bearer(away)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"%s\", \"to\": \"%s\", \"autoReply\": \"Hiking\"}".formatted(today, today.plusDays(6))))
                .andExpect(status().isCreated());

        Cookie session = SignIn.as(mvc, mentor);
        MvcResult sent = mvc.perform(post("/dashboard/messages").cookie(session).with(csrf())
                        .param("to", quiet.getId().toString(), alumna.getId().toString(), away.getId().toString(),
                                reached.getId().toString())
                        .param("subject", "Our next call").param("body", "Shall we meet on Friday?"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn();
        String page = mvc.perform(get("/dashboard").cookie(session).flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"mail-reach\"")
                .contains("2 of 4 will not get this mail:")
                .contains("Ana Quiet (turned this kind of mail off)")
                .contains("Bea Alumna (has left the program as alumni)")
                .contains("Carla Away, away until " + today.plusDays(6).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
                .doesNotContain("Dora Reached (");
        assertThat(mailsTo(quiet)).isZero();
        assertThat(mailsTo(alumna)).isZero();
        assertThat(mailsTo(away)).isOne();
        assertThat(mailsTo(reached)).isOne();
    }

    @Test
    void aMentorWhoseMailReachesEveryoneIsToldNothingMore() throws Exception {
        Person mentor = program.mentor("Plain Paula");
        Person mentee = program.menteeOf(mentor, "Plain Mentee");
        Cookie session = SignIn.as(mvc, mentor);
        MvcResult sent = mvc.perform(post("/dashboard/messages").cookie(session).with(csrf())
                        .param("to", mentee.getId().toString()).param("subject", "Hello").param("body", "How are you?"))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(sent.getFlashMap().containsKey("mailReach")).isFalse();
        String page = mvc.perform(get("/dashboard").cookie(session).flashAttrs(sent.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("mail-reach");
    }

    @Test
    void theAuthorOfABoardReplyIsToldWhichFollowersWillNotHearOfIt() throws Exception {
        Person author = program.mentor("Board Bruno");
        Person follower = program.mentor("Board Berta");
        preferences.choose(program.actor(follower), Map.of(MailCategory.MENTORS_BOARD, Delivery.OFF));
        String created = mvc.perform(post("/api/v1/board/threads").header("Authorization", Program.bearer(follower))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Check-in ideas\", \"body\": \"What works?\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long thread = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created).path("id").asLong();

        Cookie session = SignIn.as(mvc, author);
        MvcResult replied = mvc.perform(post("/board/{id}/replies", thread).cookie(session).with(csrf())
                        .param("body", "Short agendas"))
                .andExpect(status().isFound())
                .andReturn();
        String page = mvc.perform(get("/board/{id}", thread).cookie(session).flashAttrs(replied.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 of 1 will not get this mail:").contains("Board Berta (turned this kind of mail off)");
    }

    @Test
    void theOutboxDecidesWhoWillNotGetMailAMemberWroteAndLeavesThePortalsOwnMailOutOfIt() {
        Person sender = program.mentor("Deciding Dario");
        Person deactivated = program.rep("Deactivated Dan");
        Person erased = program.rep("Erased Eve");
        jdbc.sql("update people set status = ? where id = ?").params(PersonStatus.DEACTIVATED.name(), deactivated.getId()).update();
        jdbc.sql("update people set status = ? where id = ?").params(PersonStatus.ERASED.name(), erased.getId()).update();

        MailReach reach = outbox.queueAll(List.of(
                Mail.to(deactivated.getId(), MailCategory.MENTEE_MESSAGES, "Hi", "Text").writtenBy(sender.getId()),
                Mail.to(erased.getId(), MailCategory.MENTEE_MESSAGES, "Hi", "Text").writtenBy(sender.getId()),
                Mail.to(sender.getId(), MailCategory.MENTEE_MESSAGES, "Hi", "Your copy").writtenBy(sender.getId()),
                Mail.to(erased.getId(), MailCategory.ACCOUNT, "Portal", "The portal's own mail")));

        assertThat(reach.recipients()).isEqualTo(2);
        assertThat(reach.reached()).isZero();
        assertThat(reach.missed()).extracting(MailReach.Missed::personId, MailReach.Missed::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(deactivated.getId(), MailReach.Reason.DEACTIVATED),
                org.assertj.core.groups.Tuple.tuple(erased.getId(), MailReach.Reason.ERASED));
        assertThat(mailsTo(erased)).as("no mail reaches an erased person").isZero();
    }

    private long mailsTo(Person person) {
        return mailbox.to(person).count();
    }
}
