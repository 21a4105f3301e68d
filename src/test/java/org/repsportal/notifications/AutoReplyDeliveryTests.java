package org.repsportal.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail members write to someone away gets that person's auto-reply over SMTP: once per sender per absence,
 * naming the delegate, with replies going to the delegate. (Same configuration as {@link MailDeliveryTests}, so
 * both share one context.)
 */
@PortalTest
@Import(TestMailServer.class)
@TestPropertySource(properties = {"spring.mail.host=" + TestMailServer.HOST,
        "portal.mail.retry.first-delay=1m", "portal.mail.retry.multiplier=2", "portal.mail.retry.max-delay=10m",
        "portal.mail.retry.max-attempts=5"})
class AutoReplyDeliveryTests {

    @Autowired
    GreenMail smtpServer;

    @Autowired
    TestClock clock;

    @Autowired
    Program program;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    Absences absences;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtpServer.purgeEmailFromAllMailboxes();
        clock.setTo(Instant.parse("2031-05-05T08:00:00Z"));
    }

    @AfterEach
    void clockFollowsTheSystemAgain() {
        clock.reset();
    }

    @Test
    void eachSenderGetsOneAutoReplyPerAbsenceNamingTheDelegate() throws Exception {
        Person mentor = program.mentor("Sofia");
        Person away = program.menteeOf(mentor, "Tariq");
        Person present = program.menteeOf(mentor, "Uma");
        Person delegate = program.rep("Viktor");
        Person boardFriend = program.mentor("Wen");
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        absences.declare(program.actor(away), new NewAbsence(today, today.plusDays(6), delegate.getId(), "Moving house",
                "I am moving house this week.", false, null));

        for (String subject : List.of("Our next call", "And one more thing")) {
            mvc.perform(post("/api/v1/mentees/messages").header("Authorization", Program.bearer(mentor))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\": \"all\", \"subject\": \"%s\", \"body\": \"Hello both\"}".formatted(subject)))
                    .andExpect(status().isAccepted());
        }
        outbox.queue(Mail.to(away.getId(), MailCategory.MENTORS_BOARD, "A reply on the board", "See the thread")
                .writtenBy(boardFriend.getId()));
        outbox.queue(Mail.to(away.getId(), MailCategory.REMINDERS, "No report for 4 weeks", "The portal's own mail"));
        sender.sendDue();

        List<MimeMessage> toMentor = autoRepliesTo(mentor);
        assertThat(toMentor).as("two mails, one auto-reply").hasSize(1);
        MimeMessage reply = toMentor.get(0);
        assertThat(reply.getSubject()).contains("Tariq is away", "Our next call");
        assertThat(reply.getContent().toString()).contains("I am moving house this week.",
                "Please contact Viktor (" + delegate.getEmail() + ")").doesNotContain("Moving house");
        assertThat(reply.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(delegate.getEmail());
        assertThat(autoRepliesTo(boardFriend)).as("another sender gets their own").hasSize(1);
        assertThat(autoRepliesTo(present)).isEmpty();
        assertThat(autoRepliesTo(away)).isEmpty();
    }

    @Test
    void nobodyAwayMeansNoAutoReply() throws Exception {
        Person mentor = program.mentor("Xiadani");
        Person mentee = program.menteeOf(mentor, "Yannick");
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        absences.declare(program.actor(mentee), new NewAbsence(today.plusDays(1), today.plusDays(6), null, null, "Away", false, null));

        outbox.queue(Mail.to(mentee.getId(), MailCategory.MENTEE_MESSAGES, "Before you go", "Safe travels").writtenBy(mentor.getId()));
        sender.sendDue();

        assertThat(autoRepliesTo(mentor)).isEmpty();
    }

    private List<MimeMessage> autoRepliesTo(Person person) {
        return Arrays.stream(smtpServer.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getSubject().contains("Auto-reply") && Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(person.getEmail()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
