package org.repsportal.applications;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.repsportal.demo.DemoProgram;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant applies and confirms their address from the mail, a current Rep gives the reference, the Council
 * assigns mentor@example.org, the applicant picks a time, the mentor records the interview, the Council accepts,
 * and the new Rep sets a password and signs in; every page is checked by axe-core.
 */
@Import(TestMailServer.class)
@TestPropertySource(properties = {"spring.mail.host=" + TestMailServer.HOST, "portal.scheduler.start=true",
        "db-scheduler.polling-interval=1s", "portal.mail.send-interval=1s"})
class ApplicationJourneyBrowserTest extends BrowserTestSupport {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    Mentorships mentorships;

    @Autowired
    GreenMail smtpServer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        desktopSized();
        signOut();
    }

    @Test
    void anApplicantBecomesARepFromTheFormToTheFirstSignIn() throws Exception {
        Person maya = people.findByEmail("mentor@example.org").orElseThrow();
        Person carmen = people.findByEmail("council@example.org").orElseThrow();
        long load = mentorships.currentMenteeCount(maya.getId());
        if (load + 1 >= mentorships.capacityOf(maya.getId())) {
            // the Council makes room for one more mentee, as it would for a mentor who interviews
            mentorships.setCapacity(people.actorFor(carmen.getId()).orElseThrow(), maya.getId(), (int) load + 3);
        }
        String email = "priya." + System.nanoTime() + "@applicant.example";

        phoneSized();
        open("/apply");
        assertThat(horizontalOverflow()).as("the form fits a phone").isLessThanOrEqualTo(0);
        desktopSized();
        find("#name").sendKeys("Priya Sharma");
        find("#email").sendKeys(email);
        new Select(find("#region")).selectByValue("ASIA");
        new Select(find("#country")).selectByValue("IN");
        find("#city").sendKeys("Pune");
        find("#timeZone").sendKeys("Asia/Kolkata");
        click("#language-hi");
        click("#language-en");
        click("#area-LOCALIZATION");
        click("#adult-yes");
        find("#monthsInvolved").sendKeys("14");
        find("#motivation").sendKeys("I want more people in Pune to take part.");
        find("#contributions").sendKeys("I translated the browser into Marathi with a team of five.");
        find("#otherProjects").sendKeys("Wikipedia meetups.");
        find("#goals").sendKeys("Two localization sprints and a campus club.");
        find("#mobilising").sendKeys("Through the college clubs I already run.");
        find("#links").sendKeys("https://example.net/marathi-sprint");
        find("#refereeNames0").sendKeys("Ravi Rep");
        find("#refereeEmails0").sendKeys("rep@example.org");
        // the applicant took a minute to fill the form in
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('startedAt').value = String(Date.now() - 60000);");
        clickAndWaitForNextPage(find("#send-application"));
        checkAccessibility();
        assertThat(find("#sent").getText()).contains("We sent you a link");

        // the address is confirmed through the link in the mail
        open(path(linkIn(mailTo(email, "Confirm your email address"), "/apply/confirm/")));
        assertThat(path()).startsWith("/application/");
        String statusPage = path();
        assertThat(find(".alert-success").getText()).contains("submitted");
        assertThat(find("[data-step=references]").getAttribute("data-status")).isEqualTo("CURRENT");

        // the referee, a current Rep, answers
        open(path(linkIn(mailTo("rep@example.org", "A reference for Priya Sharma"), "/reference/")));
        find("#howKnown").sendKeys("We ran the Marathi sprint together.");
        find("#whatSeen").sendKeys("She led five translators and kept the glossary.");
        click("#vouches-yes");
        clickAndWaitForNextPage(find("#send-reference"));
        checkAccessibility();
        assertThat(find("#answered").getText()).contains("Thank you");

        // the Council assigns mentor@example.org from the ranked suggestions
        long id = jdbc.sql("select id from applications where email = ?").param(email).query(Long.class).single();
        signIn("council@example.org", "demo");
        open("/applications/" + id);
        assertThat(find("#state").getText()).isEqualTo("Screening");
        assertThat(find(".referee").getText()).contains("a current Rep: counts fully");
        WebElement mayaSuggestion = find("#mentor-" + maya.getId());
        assertThat(find("label[for='mentor-" + maya.getId() + "']").getText()).contains("same region", "speaks");
        mayaSuggestion.click();
        clickAndWaitForNextPage(find("#assign-interviewer"));
        checkAccessibility();
        assertThat(find("#state").getText()).isEqualTo("Interview");

        // the mentor offers two times
        signOut();
        signIn("mentor@example.org", "demo");
        open("/applications/" + id);
        LocalDate day = LocalDate.now().plusDays(7);
        setValue("#slot-date-1", day.toString());
        setValue("#slot-time-1", "17:00");
        setValue("#slot-date-2", day.plusDays(1).toString());
        setValue("#slot-time-2", "18:30");
        clickAndWaitForNextPage(find("#offer-slots"));
        checkAccessibility();
        assertThat(findAll("#offered li")).hasSize(2);

        // the applicant picks the first on the status page and gets an invitation
        signOut();
        open(statusPage);
        assertThat(find("[data-waits-on=applicant]").getText()).contains("Waiting on you");
        click("input[name=slot]");
        clickAndWaitForNextPage(find("#pick-slot"));
        checkAccessibility();
        assertThat(find("#booked").getText()).contains("17:00");
        assertThat(contentOf(mailTo(email, "Your interview is booked"))).contains("17:00");

        // the booked interview sits in the mentor's Mentorship section, also at a phone's width
        signIn("mentor@example.org", "demo");
        phoneSized();
        open("/dashboard");
        assertThat(horizontalOverflow()).as("the dashboard fits a phone").isLessThanOrEqualTo(0);
        desktopSized();
        WebElement interview = find("section[aria-labelledby=mentorship-queue] #dashboard-interviews li[data-application='" + id + "']");
        assertThat(interview.getAttribute("data-step")).isEqualTo("booked");
        assertThat(interview.getText()).contains("Priya Sharma", "Next: the interview", "17:00");

        // the mentor records the interview
        clickAndWaitForNextPage(interview.findElement(org.openqa.selenium.By.tagName("a")));
        checkAccessibility();
        assertThat(path()).isEqualTo("/applications/" + id);
        for (String key : Answers.CRITERIA) {
            new Select(find("#score-" + key)).selectByValue("4");
        }
        find("#note-motivation").sendKeys("Clear about why.");
        find("#evidence").sendKeys("https://example.net/marathi-sprint");
        click("#recommend-ACCEPTED");
        find("#interview-reason").sendKeys("Ready to lead localization in Pune.");
        clickAndWaitForNextPage(find("#record-interview"));
        checkAccessibility();
        assertThat(find("#scores").getText()).contains("Maya Mentor");

        // the Council accepts
        signOut();
        signIn("council@example.org", "demo");
        open("/applications/" + id);
        click("#outcome-ACCEPTED");
        find("#decision-reason").sendKeys("A strong record and a clear plan.");
        clickAndWaitForNextPage(find("#decide"));
        checkAccessibility();
        assertThat(path()).isEqualTo("/onboarding/" + id);
        assertThat(find("main").getText()).contains("Mentor: Maya Mentor");

        // the Council's dashboard shows the funnel and the applications waiting longest, each linking to its page
        open("/dashboard");
        assertThat(find("#dashboard-funnel tr[data-stage=onboarded] td").getText()).isNotEqualTo("0");
        assertThat(findAll("#waiting-longest li a")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/applications/"));

        // the new Rep's onboarding is in their mentor's Mentorship section until it is complete
        signOut();
        signIn("mentor@example.org", "demo");
        open("/dashboard");
        WebElement onboarding = find("#dashboard-onboardings li[data-application='" + id + "']");
        assertThat(onboarding.getText()).contains("Priya Sharma", "0 of 5", "Being prepared");
        assertThat(findAll("#dashboard-interviews li[data-application='" + id + "']")).as("the decided interview left the list").isEmpty();

        // the new Rep sets a password from the invitation and signs in
        signOut();
        open(path(linkIn(mailTo(email, "Your Reps Portal account"), "/invitation/")));
        find("#password").sendKeys("a long enough secret");
        find("#confirmation").sendKeys("a long enough secret");
        clickAndWaitForNextPage(find("#set-password"));
        checkAccessibility();
        assertThat(path()).isEqualTo("/login");
        signIn(email, "a long enough secret");
        open("/onboarding/" + id);
        assertThat(findAll("#checklist li")).hasSize(5);
    }

    private void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static String linkIn(MimeMessage mail, String path) throws Exception {
        Matcher m = LINK.matcher(contentOf(mail));
        while (m.find()) {
            if (m.group().contains(path)) {
                return m.group();
            }
        }
        throw new AssertionError("no link to " + path + " in " + contentOf(mail));
    }

    /** Waits (up to 30 seconds, as the sender runs every second) for a mail to the address whose subject holds the text. */
    private MimeMessage mailTo(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = smtpServer.getReceivedMessages();
            List<MimeMessage> found = Arrays.stream(received).filter(m -> to(m, address) && subjectOf(m).contains(subject)).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            smtpServer.waitForIncomingEmail(1_000, received.length + 1);
        }
        throw new AssertionError("no mail to " + address + " about " + subject);
    }

    private static boolean to(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text;
        }
        return textOf((Multipart) content);
    }

    private static String textOf(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String text = textOf(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
