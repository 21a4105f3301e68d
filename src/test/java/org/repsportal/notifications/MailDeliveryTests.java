package org.repsportal.notifications;

import org.repsportal.support.TestMailServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.TestClock;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail sent over SMTP to a GreenMail server: the headers people filter on, Reply-To, calendar invitations,
 * retry with back-off while the server is down, and the daily digest. The tests call the sender and move the
 * clock; nothing waits.
 */
@PortalTest
@Import(TestMailServer.class)
@TestPropertySource(properties = {"spring.mail.host=" + TestMailServer.HOST,
        "portal.mail.retry.first-delay=1m", "portal.mail.retry.multiplier=2", "portal.mail.retry.max-delay=10m",
        "portal.mail.retry.max-attempts=5"})
class MailDeliveryTests {

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
    DailyDigest dailyDigest;

    @Autowired
    MailPreferences preferences;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtpServer.purgeEmailFromAllMailboxes();
        clock.setTo(Instant.parse("2030-01-07T08:00:00Z"));
    }

    @AfterEach
    void serverRunsForTheNextTest() {
        clock.reset();
        if (!smtpServer.isRunning()) {
            smtpServer.start();
        }
    }

    @Test
    void everyMailNamesItsCategoryInListIdHeaderAndSubjectPrefix() throws Exception {
        Person mentor = program.mentor("Maja");
        Person rep = program.rep("Remo");

        outbox.queue(Mail.to(rep.getId(), MailCategory.MENTEE_ACTIVITY, "Remo reported an event", "Details"));
        outbox.queue(Mail.to(mentor.getId(), MailCategory.BUDGET_REVIEW, "A budget to review", "Details"));
        sender.sendDue();

        MimeMessage activity = onlyMailTo(rep);
        assertThat(activity.getSubject()).isEqualTo("[Reps Portal · Mentee activity] Remo reported an event");
        assertThat(activity.getHeader("List-Id")).containsExactly("<mentee-activity.reps-portal.example.org>");
        assertThat(activity.getHeader(MailCategory.HEADER)).containsExactly("mentee-activity");
        assertThat(activity.getHeader("List-Unsubscribe")).containsExactly("<http://portal.test/settings/notifications>");
        assertThat(activity.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(activity.getFrom()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("noreply@reps-portal.example.org");
        assertThat(activity.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
                .as("without a reply-to person, replies go to the sender").containsExactly("noreply@reps-portal.example.org");
        assertThat(textOf(activity)).contains("Details", "http://portal.test/settings/notifications");

        MimeMessage budget = onlyMailTo(mentor);
        assertThat(budget.getSubject()).startsWith("[Reps Portal · Budget review] ");
        assertThat(budget.getHeader("List-Id")).containsExactly("<budget-review.reps-portal.example.org>");
        assertThat(budget.getHeader(MailCategory.HEADER)).containsExactly("budget-review");

        assertThat(new OutboxRows(jdbc).only(rep).status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void accountMailHasNoUnsubscribeLinkBecauseItCannotBeTurnedOff() throws Exception {
        Person rep = program.rep("Rhea");
        outbox.queue(Mail.to(rep.getId(), MailCategory.ACCOUNT, "Your password was changed", "If this was not you..."));
        sender.sendDue();

        MimeMessage mail = onlyMailTo(rep);
        assertThat(mail.getHeader("List-Id")).containsExactly("<account.reps-portal.example.org>");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void aMentorsMessageRepliesToTheMentor() throws Exception {
        Person mentor = program.mentor("Milan");
        Person rep = program.rep("Rena");

        outbox.queue(Mail.to(rep.getId(), MailCategory.MENTEE_MESSAGES, "Our next check-in", "Shall we meet?")
                .replyTo(mentor.getId()));
        sender.sendDue();

        MimeMessage mail = onlyMailTo(rep);
        InternetAddress replyTo = (InternetAddress) mail.getReplyTo()[0];
        assertThat(replyTo.getAddress()).isEqualTo(mentor.getEmail());
        assertThat(replyTo.getPersonal()).isEqualTo("Milan");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("Rena");
    }

    @Test
    void aCalendarInvitationTravelsAsATextCalendarRequestPart() throws Exception {
        Person rep = program.rep("Ines");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

        outbox.queue(Mail.to(rep.getId(), MailCategory.ORIENTATION, "Onboarding call", "You are invited.")
                .attach(Mail.Attachment.calendarInvitation("onboarding-call.ics", ics)));
        sender.sendDue();

        MimeMessage mail = onlyMailTo(rep);
        Multipart parts = (Multipart) mail.getContent();
        BodyPart invitation = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/calendar")) {
                invitation = parts.getBodyPart(i);
            }
        }
        assertThat(invitation).as("a text/calendar part").isNotNull();
        assertThat(invitation.getContentType()).contains("method=REQUEST");
        assertThat(invitation.getFileName()).isEqualTo("onboarding-call.ics");
        var content = new ByteArrayOutputStream();
        invitation.getDataHandler().writeTo(content);
        assertThat(content.toString(StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void withTheServerDownNothingIsLostAndEverythingGoesOutOnceItIsBack() throws Exception {
        Person rep = program.rep("Petra");
        outbox.queue(Mail.to(rep.getId(), MailCategory.REMINDERS, "First", "one"));
        smtpServer.stop();

        SendRun whileDown = sender.sendDue();
        assertThat(whileDown.retrying()).isPositive();
        assertThat(whileDown.sent()).isZero();
        OutboxRows.Row first = new OutboxRows(jdbc).only(rep);
        assertThat(first.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).isNotBlank();

        sender.sendDue();
        assertThat(new OutboxRows(jdbc).only(rep).attempts()).as("not tried again before its time").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        outbox.queue(Mail.to(rep.getId(), MailCategory.REMINDERS, "Second", "two"));
        sender.sendDue();
        List<OutboxRows.Row> rows = new OutboxRows(jdbc).of(rep);
        assertThat(rows.get(0).attempts()).isEqualTo(2);
        assertThat(rows.get(0).nextAttemptAt()).as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(rows.get(1).attempts()).isEqualTo(1);

        smtpServer.start();
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();

        assertThat(new OutboxRows(jdbc).of(rep)).extracting(OutboxRows.Row::status)
                .containsExactly(MailStatus.SENT, MailStatus.SENT);
        assertThat(mailsTo(rep)).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("[Reps Portal · Reminders] First", "[Reps Portal · Reminders] Second");
        sender.sendDue();
        assertThat(mailsTo(rep)).as("sent once only").hasSize(2);
    }

    @Test
    void aMailThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() {
        Person rep = program.rep("Fenna");
        outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "Doomed", "..."));
        smtpServer.stop();

        for (int attempt = 1; attempt <= 4; attempt++) {
            sender.sendDue();
            assertThat(new OutboxRows(jdbc).only(rep).status()).isEqualTo(MailStatus.QUEUED);
            clock.advance(Duration.ofMinutes(10));
        }
        sender.sendDue();

        OutboxRows.Row row = new OutboxRows(jdbc).only(rep);
        assertThat(row.status()).isEqualTo(MailStatus.FAILED);
        assertThat(row.attempts()).isEqualTo(5);
        assertThat(row.nextAttemptAt()).isNull();

        smtpServer.start();
        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        assertThat(new OutboxRows(jdbc).only(rep).status()).as("a failed mail stays failed").isEqualTo(MailStatus.FAILED);
    }

    @Test
    void mailKeptForTheDigestArrivesLaterAsOneDigestMail() throws Exception {
        Person mentor = program.mentor("Dora");
        preferences.choose(program.actor(mentor), java.util.Map.of(
                MailCategory.MENTEE_ACTIVITY, Delivery.DAILY_DIGEST, MailCategory.TASKS, Delivery.DAILY_DIGEST));

        outbox.queue(Mail.to(mentor.getId(), MailCategory.MENTEE_ACTIVITY, "Ana reported", "A talk at a meetup"));
        outbox.queue(Mail.to(mentor.getId(), MailCategory.TASKS, "Verify an activity", "Please verify")
                .attach(Mail.Attachment.calendarInvitation("call.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")));
        sender.sendDue();
        assertThat(mailsTo(mentor)).as("nothing before the digest").isEmpty();

        clock.advance(Duration.ofDays(1));
        dailyDigest.bundleDue();
        sender.sendDue();

        MimeMessage digest = onlyMailTo(mentor);
        assertThat(digest.getSubject()).isEqualTo("[Reps Portal · Digest] Your daily digest: 2 mails");
        assertThat(digest.getHeader("List-Id")).containsExactly("<digest.reps-portal.example.org>");
        assertThat(digest.getHeader(MailCategory.HEADER)).containsExactly("digest");
        assertThat(textOf(digest)).contains("[Reps Portal · Mentee activity] Ana reported", "A talk at a meetup",
                "[Reps Portal · Tasks] Verify an activity", "Please verify");
        assertThat(digest.getContentType()).startsWith("multipart/");
    }

    private List<MimeMessage> mailsTo(Person person) {
        return Arrays.stream(smtpServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(person.getEmail()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage onlyMailTo(Person person) {
        List<MimeMessage> mails = mailsTo(person);
        assertThat(mails).as("mail to %s", person.getEmail()).hasSize(1);
        return mails.get(0);
    }

    private static String textOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart parts) {
            var text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(textOf(parts.getBodyPart(i)));
            }
            return text.toString();
        }
        return content.toString();
    }

    private static String textOf(BodyPart part) throws Exception {
        if (part.getContent() instanceof Multipart nested) {
            var text = new StringBuilder();
            for (int i = 0; i < nested.getCount(); i++) {
                text.append(textOf(nested.getBodyPart(i)));
            }
            return text.toString();
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : "";
    }
}
