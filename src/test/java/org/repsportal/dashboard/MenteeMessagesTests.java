package org.repsportal.dashboard;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class MenteeMessagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Test
    void eachChosenMenteeGetsTheirOwnMailWithTheMentorAsReplyToAndTheMentorACopy() throws Exception {
        Person mentor = program.mentor("Greta");
        Person first = program.rep("Gus");
        Person second = program.rep("Gina");
        Person third = program.rep("Gil");
        for (Person mentee : List.of(first, second, third)) {
            program.assign(mentee, mentor);
        }

        mvc.perform(post("/api/v1/mentees/messages").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [%d, %d], \"subject\": \"Our next call\", \"body\": \"Shall we meet on Friday?\"}"
                                .formatted(first.getId(), second.getId())))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.queued").value(2));

        assertThat(mailsFrom(mentor)).containsExactlyInAnyOrder(
                "MENTEE_MESSAGES to " + first.getId() + " reply " + mentor.getId(),
                "MENTEE_MESSAGES to " + second.getId() + " reply " + mentor.getId(),
                "MENTEE_MESSAGES to " + mentor.getId() + " reply null");
        assertThat(mailsTo(third)).isZero();
    }

    @Test
    void allMeansEveryCurrentMentee() throws Exception {
        Person mentor = program.mentor("Hilde");
        program.assign(program.rep("Hal"), mentor);
        program.assign(program.rep("Hope"), mentor);
        mvc.perform(post("/api/v1/mentees/messages").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"all\", \"subject\": \"Hello\", \"body\": \"Welcome to the month\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.queued").value(2));
    }

    @Test
    void writingToSomeoneWhoIsNotMyMenteeIsForbiddenAndQueuesNothing() throws Exception {
        Person mentor = program.mentor("Ivo");
        Person mine = program.menteeOf(mentor, "Ida");
        Person notMine = program.rep("Igor");

        mvc.perform(post("/api/v1/mentees/messages").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": [%d, %d], \"subject\": \"Hi\", \"body\": \"Hi\"}".formatted(mine.getId(), notMine.getId())))
                .andExpect(status().isForbidden());
        assertThat(mailsTo(mine) + mailsTo(notMine) + mailsTo(mentor)).isZero();
    }

    @Test
    void anEmptySubjectIsAFieldErrorAndTheTypedMessageIsKept() throws Exception {
        Person mentor = program.mentor("Jana");
        Person mentee = program.menteeOf(mentor, "Jon");

        mvc.perform(post("/api/v1/mentees/messages").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"all\", \"subject\": \" \", \"body\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")));

        mvc.perform(post("/dashboard/messages").header("Authorization", Program.bearer(mentor)).with(csrf())
                        .param("to", mentee.getId().toString()).param("subject", "").param("body", "Kept <b>text</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please write a subject.")))
                .andExpect(content().string(containsString("Kept &lt;b&gt;text&lt;/b&gt;")));
        assertThat(mailsTo(mentee)).isZero();

        mvc.perform(post("/dashboard/messages").header("Authorization", Program.bearer(mentor)).with(csrf())
                        .param("to", mentee.getId().toString()).param("subject", "Hi").param("body", "Hello"))
                .andExpect(redirectedUrl("/dashboard"));
        assertThat(mailsTo(mentee)).isOne();
    }

    private List<String> mailsFrom(Person mentor) {
        return Stream.concat(mailbox.all().repliesTo(mentor).list().stream(),
                        mailbox.to(mentor).in("MENTEE_MESSAGES").list().stream().filter(m -> !mentor.getId().equals(m.replyToPersonId())))
                .map(m -> m.category() + " to " + m.recipientId() + " reply " + m.replyToPersonId())
                .toList();
    }

    private long mailsTo(Person person) {
        return mailbox.to(person).count();
    }
}
