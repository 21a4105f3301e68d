package org.repsportal.concerns;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail about a concern leaves the portal and Admins read the mail log: after every step of a concern, the log
 * shows an Admin who is not on the Council only the category and the time of its mail — no subject, no
 * recipient, no reply-to — and no subject names the reporter.
 */
@PortalTest
class ConcernMailLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Concerns concerns;

    @Test
    void anAdminReadingTheMailLogAfterEachStepOfAConcernSeesNeitherSubjectsNorRecipients() throws Exception {
        Person admin = program.admin("Logan Logreader");
        Person council = program.council("Cordelia Councilmember");
        Person mentor = program.mentor("Mandla Involvedmentor");
        Person reporter = program.menteeOf(mentor, "Renata Reporter");
        Person about = program.rep("Ambrose Concerned");
        List<Person> named = List.of(council, mentor, reporter, about);

        long id = concerns.raise(program.actor(reporter), new NewConcern("CONFLICT", about.getId(), "A conflict at the meetup",
                "What happened", true, false)).getId();
        assertTheLogKeepsTheConfidence(admin, named, 2);

        concerns.acknowledge(program.actor(council), id);
        assertTheLogKeepsTheConfidence(admin, named, 3);

        concerns.startWork(program.actor(council), id);
        assertTheLogKeepsTheConfidence(admin, named, 3);

        concerns.resolve(program.actor(council), id, "We talked with both");
        assertTheLogKeepsTheConfidence(admin, named, 4);

        assertThat(mailbox.all().in("COUNCIL").subjects())
                .isNotEmpty()
                .allSatisfy(subject -> assertThat(subject).doesNotContain("Renata", "Reporter", "Ambrose", "Mandla"));
    }

    private void assertTheLogKeepsTheConfidence(Person admin, List<Person> named, int atLeast) throws Exception {
        List<Mailbox.Mail> mails = mailbox.toAnyOf(named).in("COUNCIL").list();
        List<Long> ids = mails.stream().map(Mailbox.Mail::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(atLeast);
        List<String> subjects = mails.stream().map(Mailbox.Mail::subject).toList();

        Document log = page("/admin/mail", admin);
        for (Long mail : ids) {
            Document message = page("/admin/mail/" + mail, admin);
            assertNothingNamed(message, named, subjects);
        }
        assertNothingNamed(log, named, subjects);
        String json = mvc.perform(get("/api/v1/admin/mail").header("Authorization", Program.bearer(admin)))
                .andReturn().getResponse().getContentAsString();
        for (Person person : named) {
            assertThat(json).doesNotContain(person.getEmail(), person.getDisplayName());
        }
    }

    private static void assertNothingNamed(Document page, List<Person> named, List<String> subjects) {
        String text = page.text();
        for (Person person : named) {
            assertThat(text).doesNotContain(person.getEmail(), person.getDisplayName());
        }
        for (String subject : subjects) {
            assertThat(text).doesNotContain(subject);
        }
        assertThat(page.select("a[href^=/people/]").eachAttr("href")).noneMatch(href -> named.stream()
                .anyMatch(p -> href.equals("/people/" + p.getId())));
    }

    private Document page(String path, Person reader) throws Exception {
        String html = mvc.perform(get(path).header("Authorization", Program.bearer(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
