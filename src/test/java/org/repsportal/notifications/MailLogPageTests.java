package org.repsportal.notifications;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without an SMTP server (the default test setup) mail is kept, and Admins read it in the mail log. */
@PortalTest
class MailLogPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailLog mailLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAMailServerTheSenderKeepsMailAsLoggedInsteadOfFailing() {
        Person rep = program.rep("Lorna");
        outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "A task for you", "Please look."));

        SendRun run = sender.sendDue();

        assertThat(run.logged()).isPositive();
        assertThat(run.sent() + run.failed() + run.retrying()).isZero();
        assertThat(new OutboxRows(jdbc).only(rep).status()).isEqualTo(MailStatus.LOGGED);
    }

    @Test
    void anAdminSeesTheMailLogNewestFirstWithCategoryRecipientSubjectAndStatus() throws Exception {
        Person admin = program.admin("Adele");
        Person rep = program.rep("Rowan");
        outbox.queue(Mail.to(rep.getId(), MailCategory.REMINDERS, "Older reminder", "one"));
        outbox.queue(Mail.to(rep.getId(), MailCategory.BUDGET_REVIEW, "Newer budget news", "two"));
        sender.sendDue();

        Document page = page("/admin/mail", admin);

        // this test's mail only: other tests of the context may have written mail dated later
        var rows = page.select("table tbody tr").stream().filter(row -> row.text().contains(rep.getEmail())).toList();
        assertThat(rows.get(0).text()).contains("Newer budget news", "Budget review", "Rowan", rep.getEmail(),
                "Kept (no mail server)");
        assertThat(rows.get(1).text()).contains("Older reminder", "Reminders");
        assertThat(page.select("th[scope=col]").eachText())
                .contains("Category", "Recipient", "Subject", "Status");
    }

    @Test
    void theLogIsPagedAndFilteredByStatus() throws Exception {
        Person admin = program.admin("Pagina");
        Person rep = program.rep("Piet");
        for (int i = 1; i <= 21; i++) {
            outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "Task mail " + i, "body"));
        }

        Document queued = page("/admin/mail?status=QUEUED", admin);
        assertThat(queued.select("table tbody tr")).hasSize(20);
        assertThat(queued.select("table tbody tr").eachText()).allSatisfy(row -> assertThat(row).contains("Waiting to be sent"));
        assertThat(queued.select("nav .pagination a[rel=next]")).isNotEmpty();

        while (sender.sendDue().handled() > 0) {
            // every due mail is logged, batch by batch
        }
        // (other tests of this context may leave mail of their own waiting for a later time)
        assertThat(page("/admin/mail?status=QUEUED", admin).select("table tbody tr").eachText())
                .noneSatisfy(row -> assertThat(row).contains("Task mail"));
        assertThat(page("/admin/mail?status=LOGGED", admin).select("table tbody tr").first().text()).contains("Task mail 21");
    }

    @Test
    void oneMailIsShownInFullWithItsTextEscaped() throws Exception {
        Person admin = program.admin("Astrid");
        Person mentor = program.mentor("Marek");
        Person rep = program.rep("Rika");
        outbox.queue(Mail.to(rep.getId(), MailCategory.MENTEE_MESSAGES, "Hello <b>there</b>",
                "<script>alert('x')</script>\nSee you on Monday.").replyTo(mentor.getId()));
        long id = new OutboxRows(jdbc).only(rep).id();

        var response = mvc.perform(get("/admin/mail/{id}", id).header("Authorization", Program.bearer(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(response).doesNotContain("<script>alert").contains("&lt;script&gt;");
        Document page = Jsoup.parse(response);
        assertThat(page.select("h1").text()).isEqualTo("[Reps Portal · Mentee messages] Hello <b>there</b>");
        assertThat(page.select("pre.mail-body").text()).contains("<script>alert('x')</script>", "See you on Monday.");
        assertThat(page.select("dl").text()).contains(mentor.getEmail(), rep.getEmail(),
                "mentee-messages.reps-portal.example.org");
    }

    @Test
    void theSubjectRecipientAndTextOfCouncilMailAreWithheldFromAnAdminWhoIsNotOnTheCouncil() throws Exception {
        Person admin = program.admin("Albrecht");
        Person council = program.council("Cosima");
        outbox.queue(Mail.to(council.getId(), MailCategory.COUNCIL, "A concern was raised", "Confidential details"));
        long id = new OutboxRows(jdbc).only(council).id();

        Document page = page("/admin/mail/" + id, admin);

        assertThat(page.text()).doesNotContain("Confidential details").doesNotContain("A concern was raised")
                .doesNotContain(council.getEmail());
        Person adminOnTheCouncil = program.person("Aurelia", Role.ADMIN, Role.COUNCIL);
        assertThat(page("/admin/mail/" + id, adminOnTheCouncil).select("pre.mail-body").text())
                .isEqualTo("Confidential details");
    }

    @Test
    void aRepIsRefusedTheMailLog() throws Exception {
        Person rep = program.rep("Ravi");
        mvc.perform(get("/admin/mail").header("Authorization", Program.bearer(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/1").header("Authorization", Program.bearer(rep))).andExpect(status().isForbidden());
    }

    @Test
    void theDomainRefusesTheLogToAnyoneButAnAdminWhateverThePath() {
        Person council = program.council("Corin");
        assertThatThrownBy(() -> mailLog.list(program.actor(council), null, 0, 20)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> mailLog.message(program.actor(council), 1)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        Person admin = program.admin("Anouk");
        mvc.perform(get("/admin/mail/{id}", Long.MAX_VALUE).header("Authorization", Program.bearer(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNavigationLinksToTheMailLogForAdminsOnly() throws Exception {
        Person admin = program.admin("Abel");
        Person rep = program.rep("Rosa");
        assertThat(page("/settings/notifications", admin).select("nav a[href=/admin/mail]")).hasSize(1);
        assertThat(page("/settings/notifications", rep).select("nav a[href=/admin/mail]")).isEmpty();
    }

    private Document page(String path, Person person) throws Exception {
        String html = mvc.perform(get(path).header("Authorization", Program.bearer(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
