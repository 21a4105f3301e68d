package org.repsportal.notifications;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each person chooses per category: immediately, daily digest or off; the outbox follows the choice. */
@PortalTest
class NotificationSettingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    DailyDigest dailyDigest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSettingsPageAsksPerCategoryWithALegendAndLabelledRadioButtons() throws Exception {
        Person rep = program.rep("Selma");

        Document page = page(rep);

        Element tasks = fieldsetOf(page, "TASKS");
        assertThat(tasks.selectFirst("legend").text()).isEqualTo("Tasks");
        assertThat(tasks.select("input[type=radio][name=choices[TASKS]]").eachAttr("value"))
                .containsExactly("IMMEDIATELY", "DAILY_DIGEST", "OFF");
        for (Element radio : tasks.select("input[type=radio]")) {
            assertThat(page.select("label[for=" + radio.id() + "]")).as("label of %s", radio.id()).hasSize(1);
        }
        assertThat(tasks.selectFirst("input[value=IMMEDIATELY]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=choices[ACCOUNT]]")).as("account mail cannot be changed").isEmpty();
        assertThat(page.text()).contains("Always sent at once", "Account");
        assertThat(fieldsetOf(page, "DIGEST").select("input[value=DAILY_DIGEST]")).isEmpty();
        assertThat(fieldsetOf(page, "MENTORS_BOARD").text()).contains("the mentors’ board");
    }

    @Test
    void savingChoicesRedirectsWithAMessageAndTheyAreShownNextTime() throws Exception {
        Person rep = program.rep("Sven");

        mvc.perform(save(rep).param("choices[TASKS]", "OFF").param("choices[REMINDERS]", "DAILY_DIGEST"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings/notifications"))
                .andExpect(flash().attribute("flash", "notifications.settings.saved"));

        Document page = page(rep);
        assertThat(fieldsetOf(page, "TASKS").selectFirst("input[value=OFF]").hasAttr("checked")).isTrue();
        assertThat(fieldsetOf(page, "REMINDERS").selectFirst("input[value=DAILY_DIGEST]").hasAttr("checked")).isTrue();
        assertThat(fieldsetOf(page, "MENTORSHIP").selectFirst("input[value=IMMEDIATELY]").hasAttr("checked")).isTrue();
    }

    @Test
    void turningAccountMailOffIsRefusedWithAnErrorTiedToTheCategory() throws Exception {
        Person rep = program.rep("Sasha");

        String html = mvc.perform(save(rep).param("choices[ACCOUNT]", "OFF").param("choices[TASKS]", "OFF"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary").text()).contains("Account");
        assertThat(page.select("#error-ACCOUNT").text()).contains("not available");
        Document reloaded = page(rep);
        assertThat(fieldsetOf(reloaded, "TASKS").selectFirst("input[value=IMMEDIATELY]").hasAttr("checked"))
                .as("nothing was saved").isTrue();
    }

    @Test
    void anUnknownChoiceIsShownAsAnErrorOnItsFieldset() throws Exception {
        Person rep = program.rep("Silas");

        String html = mvc.perform(save(rep).param("choices[TASKS]", "SOMETIMES"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Element tasks = fieldsetOf(Jsoup.parse(html), "TASKS");
        assertThat(tasks.attr("aria-describedby")).contains("error-TASKS");
        assertThat(tasks.select("#error-TASKS").text()).isNotBlank();
    }

    @Test
    void mailOfACategoryTurnedOffIsNotQueued() throws Exception {
        Person rep = program.rep("Tilda");
        mvc.perform(save(rep).param("choices[TASKS]", "OFF")).andExpect(status().is3xxRedirection());

        outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "A task", "Please look"));
        outbox.queue(Mail.to(rep.getId(), MailCategory.REMINDERS, "A reminder", "Please report"));

        assertThat(new OutboxRows(jdbc).of(rep)).extracting(OutboxRows.Row::category)
                .containsExactly(MailCategory.REMINDERS);
    }

    @Test
    void accountMailIsQueuedEvenForSomeoneWhoTurnedEverythingOff() throws Exception {
        Person rep = program.rep("Ulla");
        MockHttpServletRequestBuilder everythingOff = save(rep);
        for (MailCategory category : MailCategory.values()) {
            if (category.mayBeTurnedOff()) {
                everythingOff.param("choices[" + category.name() + "]", "OFF");
            }
        }
        mvc.perform(everythingOff).andExpect(status().is3xxRedirection());

        outbox.queueAll(List.of(
                Mail.to(rep.getId(), MailCategory.COUNCIL, "Council news", "..."),
                Mail.to(rep.getId(), MailCategory.ACCOUNT, "Your account", "Your password was changed.")));

        assertThat(new OutboxRows(jdbc).only(rep).category()).isEqualTo(MailCategory.ACCOUNT);
    }

    @Test
    void mailForTheDigestIsKeptAndLaterBundledIntoOneDigestMail() throws Exception {
        Person rep = program.rep("Vera");
        mvc.perform(save(rep).param("choices[REMINDERS]", "DAILY_DIGEST").param("choices[TASKS]", "DAILY_DIGEST"))
                .andExpect(status().is3xxRedirection());

        outbox.queue(Mail.to(rep.getId(), MailCategory.REMINDERS, "Time to report", "No report for 4 weeks."));
        outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "Welcome pack", "Send the welcome pack."));
        outbox.queue(Mail.to(rep.getId(), MailCategory.MENTORSHIP, "New mentor", "You have a new mentor."));
        // one batch at a time: other tests' mail in the shared database may come first
        int batches = 0;
        while (!sender.sendDue().equals(SendRun.NOTHING) && ++batches < 100) {
            // the next batch
        }

        var rows = new OutboxRows(jdbc);
        assertThat(rows.of(rep)).extracting(OutboxRows.Row::status)
                .containsExactly(MailStatus.HELD_FOR_DIGEST, MailStatus.HELD_FOR_DIGEST, MailStatus.LOGGED);

        assertThat(dailyDigest.bundleDue()).isPositive();

        List<OutboxRows.Row> after = rows.of(rep);
        OutboxRows.Row digest = after.get(3);
        assertThat(digest.category()).isEqualTo(MailCategory.DIGEST);
        assertThat(digest.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(digest.subject()).isEqualTo("Your daily digest: 2 mails");
        assertThat(digest.body()).contains("[Reps Portal · Reminders] Time to report", "No report for 4 weeks.",
                "[Reps Portal · Tasks] Welcome pack", "Send the welcome pack.").doesNotContain("New mentor");
        assertThat(after.subList(0, 2)).allSatisfy(held -> {
            assertThat(held.status()).isEqualTo(MailStatus.BUNDLED);
            assertThat(held.digestId()).isEqualTo(digest.id());
        });

        dailyDigest.bundleDue();
        assertThat(rows.of(rep)).as("a second run finds nothing more to bundle").hasSize(4);
    }

    private MockHttpServletRequestBuilder save(Person person) {
        return post("/settings/notifications").header("Authorization", Program.bearer(person));
    }

    private Document page(Person person) throws Exception {
        String html = mvc.perform(get("/settings/notifications").header("Authorization", Program.bearer(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static Element fieldsetOf(Document page, String category) {
        Element radio = page.getElementById("choice-" + category + "-IMMEDIATELY");
        assertThat(radio).as("the choices of %s", category).isNotNull();
        return radio.closest("fieldset");
    }
}
