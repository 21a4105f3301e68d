package org.repsportal.identity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Download my data": each part of a member's data, and nothing of anyone else's confidential data. */
@PortalTest
class PersonalDataExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.repsportal.tasks.Tasks tasks;

    @Autowired
    org.repsportal.people.People people;

    @Test
    void theArchiveHoldsEachPartOfTheMembersDataAsJsonAndCsv() throws Exception {
        Person rep = program.rep("Exporter");
        Person other = program.rep("Neighbour");
        Person council = program.council("Keeper");
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        jdbc.sql("""
                        insert into activity_reports (id, person_id, reported_on, activity_code, area_code, description, created_at)
                        values (nextval('activity_reports_seq'), ?, date '2026-11-01', 'WROTE_ARTICLE', 'EDUCATION',
                                'A post about onboarding', ?)""")
                .params(rep.getId(), Timestamp.from(now)).update();
        jdbc.sql("""
                        insert into activity_reports (id, person_id, reported_on, activity_code, area_code, description, created_at)
                        values (nextval('activity_reports_seq'), ?, date '2026-11-01', 'WROTE_ARTICLE', 'EDUCATION',
                                'The neighbour''s own report', ?)""")
                .params(other.getId(), Timestamp.from(now)).update();
        concern(rep, other, "My own worry about the meetup", now);
        long aboutRep = concern(other, rep, "A confidential worry about the exporter", now);
        jdbc.sql("insert into concern_audit (concern_id, actor_id, action, note, at) values (?, ?, 'ACKNOWLEDGED', 'Council-only note', ?)")
                .params(aboutRep, council.getId(), Timestamp.from(now)).update();
        jdbc.sql("""
                        insert into board_threads (id, author_id, title, body, created_at, last_activity_at)
                        values (nextval('board_threads_seq'), ?, 'How do you run check-ins?', 'Asking the board', ?, ?)""")
                .params(rep.getId(), Timestamp.from(now), Timestamp.from(now)).update();
        jdbc.sql("insert into mail_preferences (person_id, category, delivery) values (?, 'REMINDERS', 'DAILY_DIGEST')")
                .param(rep.getId()).update();
        people.choosePortalLanguage(program.actor(rep), rep.getId(), "es");
        tasks.open(new org.repsportal.tasks.TaskRequested(org.repsportal.tasks.TaskType.OTHER,
                org.repsportal.tasks.TaskTitle.of("report.verify.task", "Un artículo", rep.getDisplayName(), "2026-11-01"),
                rep.getId(), rep.getId(), org.repsportal.tasks.TaskPriority.NORMAL, null, "export-test:" + rep.getId(),
                java.util.Set.of()));

        byte[] zip = mvc.perform(get("/api/v1/me/export").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"my-data-" + rep.getId() + ".zip\""))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);

        assertThat(files).containsKeys("profile.json", "profile.csv", "reports.json", "reports.csv", "checkins.json",
                "tasks.json", "mail-preferences.json", "concerns-raised.json", "board-threads.json", "absences.json",
                "events.json", "budget-requests.json", "applications.json", "sign-in-identities.json",
                "access-tokens.json", "access-tokens.csv", "account.json");
        assertThat(files.get("profile.json")).contains(rep.getEmail()).contains("\"display_name\":\"" + rep.getDisplayName() + "\"");
        assertThat(files.get("reports.json")).contains("A post about onboarding").doesNotContain("neighbour");
        assertThat(files.get("reports.csv")).startsWith("id,reported_on,activity_code").contains("A post about onboarding");
        assertThat(files.get("concerns-raised.json")).contains("My own worry about the meetup");
        assertThat(files.get("board-threads.json")).contains("How do you run check-ins?");
        assertThat(files.get("mail-preferences.json")).contains("DAILY_DIGEST");
        assertThat(files.get("tasks.json")).as("the portal's titles in the member's language")
                .contains("Verificar: Un artículo de " + rep.getDisplayName() + " el 2026-11-01").doesNotContain("title_key");
        assertThat(files.get("access-tokens.json")).contains("\"name\"").doesNotContain("token_hash");
        String everything = String.join("\n", files.values());
        assertThat(everything)
                .doesNotContain("A confidential worry about the exporter")
                .doesNotContain("Council-only note")
                .doesNotContain(other.getEmail())
                .doesNotContain(Program.tokenOf(rep))
                .doesNotContain("password");
    }

    @Test
    void theSettingsPageOffersTheSameArchive() throws Exception {
        Person rep = program.rep("Pager");
        Cookie session = SignIn.as(mvc, rep);

        byte[] zip = mvc.perform(get("/settings/export").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(unzip(zip).get("profile.json")).contains(rep.getEmail());
    }

    @Test
    void aSecondRequestWhileTheArchiveIsBeingBuiltIsAskedToComeBackInsteadOfBuildingTwice() throws Exception {
        Person rep = program.rep("Impatient");
        Cookie session = SignIn.as(mvc, rep);
        try (Connection building = dataSource.getConnection();
             var lock = building.prepareStatement("select pg_advisory_lock(104, ?)")) {
            lock.setInt(1, (int) (rep.getId() % Integer.MAX_VALUE));
            lock.execute();

            mvc.perform(get("/api/v1/me/export").header("Authorization", Program.bearer(rep)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(header().string("Content-Type", "application/problem+json"));
            mvc.perform(get("/settings/export").cookie(session)).andExpect(redirectedUrl("/settings?busy"));

            try (var unlock = building.prepareStatement("select pg_advisory_unlock(104, ?)")) {
                unlock.setInt(1, (int) (rep.getId() % Integer.MAX_VALUE));
                unlock.execute();
            }
        }
        mvc.perform(get("/api/v1/me/export").header("Authorization", Program.bearer(rep))).andExpect(status().isOk());
    }

    private long concern(Person reporter, Person about, String summary, Instant at) {
        long id = jdbc.sql("select nextval('concerns_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into concerns (id, category, reporter_id, about_person_id, summary, details, state, raised_at)
                        values (?, 'PERSONAL', ?, ?, ?, 'Details in my own words', 'NEW', ?)""")
                .params(id, reporter.getId(), about.getId(), summary, Timestamp.from(at)).update();
        return id;
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
