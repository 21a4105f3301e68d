package org.repsportal.dashboard;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor's day in Chromium: the dashboard with each mentee's activity class, the mentees' reports, an
 * email to two mentees that a real SMTP server (GreenMail) receives, sent by the running job scheduler, and a report
 * verified and a check-in planned in place, with htmx, the dashboard never reloading.
 */
@Import(TestMailServer.class)
@TestPropertySource(properties = {"spring.mail.host=" + TestMailServer.HOST, "portal.scheduler.start=true",
        "db-scheduler.polling-interval=1s", "portal.mail.send-interval=1s"})
class MentorDashboardBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    GreenMail smtpServer;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        desktopSized();
        signOut();
    }

    @Test
    void theMentorSeesActivityOpensTheReportsAndEmailsTwoMentees() throws Exception {
        signIn("mentor@example.org", "demo");
        open("/dashboard");

        List<WebElement> rows = findAll("#mentees-table tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        List<String> classes = findAll("#mentees-table .activity-badge").stream().map(WebElement::getText).toList();
        assertThat(classes).contains("Active", "Inactive over 4 weeks", "Inactive over 8 weeks");
        assertThat(find("#mentees-table").getText()).contains("Ravi Rep");

        clickAndWaitForNextPage(find("main a[href='/reports/mentees']"));
        checkAccessibility();
        assertThat(find("h1").getText()).isEqualTo("My mentees’ reports");
        assertThat(findAll(".report-list li")).isNotEmpty();

        open("/dashboard");
        List<WebElement> mentees = findAll("#email-mentees-form input[name=to]");
        mentees.get(0).click();
        mentees.get(1).click();
        find("#subject").sendKeys("Our next check-in");
        find("#body").sendKeys("Could we talk on Friday about the campus event?");
        find("#email-mentees-form button[type=submit]").click();
        waitUntil(() -> find("#email-mentees-section .alert-success").getText().contains("2 mentees"));
        checkAccessibility();
        assertThat(find("#subject").getDomProperty("value")).as("a fresh form for the next mail").isEmpty();

        List<MimeMessage> mails = mailsAbout("Our next check-in", 3);
        assertThat(mails).as("two mails and the mentor's copy arrive").hasSize(3);
        for (MimeMessage mail : mails) {
            assertThat(mail.getHeader("X-Reps-Portal-Category")).containsExactly("mentee-messages");
            assertThat(mail.getHeader("List-Id")[0]).contains("mentee-messages.");
            assertThat(subject(mail)).startsWith("[Reps Portal · ");
        }
        List<String> recipients = mails.stream().map(m -> address(m, true)).toList();
        assertThat(recipients).contains("mentor@example.org").doesNotHaveDuplicates();
        assertThat(mails.stream().filter(m -> !"mentor@example.org".equals(address(m, true))))
                .allSatisfy(m -> assertThat(Arrays.stream(m.getReplyTo()).map(Address::toString).toList())
                        .anyMatch(a -> a.contains("mentor@example.org")));
    }

    @Test
    void theMentorVerifiesAReportAndPlansACheckInWithoutLeavingTheDashboard() {
        signIn("mentor@example.org", "demo");
        open("/dashboard");
        var js = (JavascriptExecutor) browser;
        js.executeScript("window.portalSamePage = true;");

        List<WebElement> verifyButtons = findAll("main form[action$='/act'] button[type=submit]");
        assertThat(verifyButtons).as("the demo's reports wait for the mentor's verification in the queue").isNotEmpty();
        String row = (String) js.executeScript("return arguments[0].closest('tr').id;", verifyButtons.get(0));
        verifyButtons.get(0).click();
        waitUntil(() -> find("#" + row).getText().contains("Done, and the task is closed."));
        assertThat(find("#" + row).getText()).contains("Closed");
        assertThat(findAll("#" + row + " form[action$='/act']")).isEmpty();

        List<WebElement> mentees = findAll("#mentees-table tbody tr");
        String plan = "plan-" + mentees.get(mentees.size() - 1).getDomAttribute("data-mentee");
        find("#" + plan + " summary").click();
        find("#" + plan + " button[type=submit]").click();
        waitUntil(() -> !findAll("#" + plan + " .invalid-feedback").isEmpty());
        assertThat(find("#" + plan + " .invalid-feedback").getText()).contains("Please write at least one goal");
        assertThat(find("#" + plan + "-goal").getDomAttribute("aria-invalid")).isEqualTo("true");
        checkAccessibility();

        find("#" + plan + "-goal").sendKeys("Hear how the last event went");
        find("#" + plan + " button[type=submit]").click();
        waitUntil(() -> find("#" + plan).getText().contains("Check-in planned for"));
        assertThat(js.executeScript("return window.portalSamePage === true;"))
                .as("both were done in place, the dashboard never reloaded").isEqualTo(Boolean.TRUE);
        checkAccessibility();
    }

    /** Waits for mail to arrive (the demo program's own mail may come first), up to 30 seconds. */
    private List<MimeMessage> mailsAbout(String subjectEnd, int expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> mails = List.of();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = smtpServer.getReceivedMessages();
            mails = Arrays.stream(received).filter(m -> subject(m).endsWith(subjectEnd)).toList();
            if (mails.size() >= expected) {
                break;
            }
            smtpServer.waitForIncomingEmail(1_000, received.length + 1);
        }
        return mails;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(MimeMessage mail, boolean to) {
        try {
            String address = mail.getAllRecipients()[0].toString();
            return address.contains("<") ? address.substring(address.indexOf('<') + 1, address.indexOf('>')) : address;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
