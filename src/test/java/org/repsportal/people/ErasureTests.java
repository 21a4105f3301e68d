package org.repsportal.people;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.support.Api;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** An Admin erases a person: pseudonymised for good, their way in gone, their reports and concerns kept. */
@PortalTest
class ErasureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.repsportal.tasks.Tasks tasks;

    @Test
    void anAdminErasesAPersonAfterTypingTheirEmailAndTheyArePseudonymisedWithTheirWayInGone() throws Exception {
        Person admin = program.admin("Eraser");
        Person rep = program.rep("Forgotten");
        Person reporter = program.rep("Worried");
        Person council = program.council("Reader");
        String formerName = rep.getDisplayName();
        program.assign(rep, program.mentor("Guide"));
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        jdbc.sql("""
                        insert into activity_reports (id, person_id, reported_on, activity_code, area_code, description, created_at)
                        values (nextval('activity_reports_seq'), ?, date '2026-11-01', 'WROTE_ARTICLE', 'EDUCATION', 'Kept for the statistics', ?)""")
                .params(rep.getId(), Timestamp.from(now)).update();
        long concern = jdbc.sql("select nextval('concerns_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into concerns (id, category, reporter_id, about_person_id, summary, details, state, raised_at)
                        values (?, 'PERSONAL', ?, ?, 'A worry', 'In my words', 'NEW', ?)""")
                .params(concern, reporter.getId(), rep.getId(), Timestamp.from(now)).update();
        jdbc.sql("insert into mail_preferences (person_id, category, delivery) values (?, 'REMINDERS', 'DAILY_DIGEST')")
                .param(rep.getId()).update();
        Cookie repSession = SignIn.as(mvc, rep);
        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isOk());
        Cookie adminSession = SignIn.as(mvc, admin);

        mvc.perform(get("/people/{id}", rep.getId()).cookie(adminSession))
                .andExpect(content().string(containsString("/people/" + rep.getId() + "/erase")));
        mvc.perform(get("/people/{id}/erase", rep.getId()).cookie(adminSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This cannot be undone.")));
        mvc.perform(post("/people/{id}/erase", rep.getId()).cookie(adminSession).with(csrf())
                        .param("reason", "Asked to be forgotten").param("confirmation", "someone.else@example.org"))
                .andExpect(status().isOk())
                .andExpect(view().name("people/erase"))
                .andExpect(model().attributeHasFieldErrorCode("eraseForm", "confirmation", "people.erase.confirmation.wrong"))
                .andExpect(content().string(containsString("Asked to be forgotten")));
        assertThat(statusOf(rep)).isEqualTo("ACTIVE");

        mvc.perform(post("/people/{id}/erase", rep.getId()).cookie(adminSession).with(csrf())
                        .param("reason", "Asked to be forgotten").param("confirmation", rep.getEmail().toUpperCase()))
                .andExpect(redirectedUrl("/people/" + rep.getId()));

        assertThat(jdbc.sql("select display_name || '|' || full_name || '|' || email || '|' || coalesce(bio, '-') || '|' || status from people where id = ?")
                .param(rep.getId()).query(String.class).single())
                .isEqualTo("Former member #%d|Former member #%d|erased-%d@erased.invalid|-|ERASED", rep.getId(), rep.getId(), rep.getId());
        assertThat(count("select count(*) from person_roles where person_id = ?", rep.getId())).isZero();
        assertThat(count("select count(*) from activity_reports where person_id = ?", rep.getId())).isEqualTo(1);
        assertThat(count("select count(*) from mentor_assignments where mentee_id = ?", rep.getId())).isEqualTo(1);
        assertThat(count("select count(*) from mentor_assignments where mentee_id = ? and ended_on is null", rep.getId())).isZero();
        assertThat(count("select count(*) from access_tokens where person_id = ?", rep.getId())).isZero();
        assertThat(count("select count(*) from mail_preferences where person_id = ?", rep.getId())).isZero();
        assertThat(count("select count(*) from accounts where person_id = ? and not enabled and password_hash is null", rep.getId())).isEqualTo(1);
        assertThat(jdbc.sql("select erased_by || '|' || reason from person_erasures where person_id = ?").param(rep.getId())
                .query(String.class).single()).isEqualTo(admin.getId() + "|Asked to be forgotten");
        assertThat(count("select count(*) from account_disablements where person_id = ? and disabled_by = ?", rep.getId(), admin.getId()))
                .isEqualTo(1);
        mvc.perform(get("/settings").cookie(repSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isUnauthorized());

        assertThat(count("select count(*) from concerns where id = ? and about_person_id = ?", concern, rep.getId())).isEqualTo(1);
        mvc.perform(get("/concerns/{id}", concern).cookie(SignIn.as(mvc, council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A worry")))
                .andExpect(content().string(containsString("Former member #" + rep.getId())))
                .andExpect(content().string(not(containsString(formerName))));
        mvc.perform(get("/people/{id}", rep.getId()).cookie(adminSession))
                .andExpect(content().string(containsString("Former member #" + rep.getId())))
                .andExpect(content().string(not(containsString(formerName))));
        mvc.perform(get("/people").param("q", formerName).cookie(adminSession))
                .andExpect(content().string(not(containsString("/people/" + rep.getId() + "\""))));
        mvc.perform(get("/people").param("q", "Former member").cookie(adminSession))
                .andExpect(content().string(not(containsString("Former member #" + rep.getId()))));
    }

    @Test
    void anErasedPersonFollowsAndWatchesNothingAndWhatOthersWroteNamesTheFormerMemberInstead() throws Exception {
        Person admin = program.admin("Wiper");
        Person rep = program.rep("Zelda Forgettable");
        Person mentor = program.mentor("Mentor Keeper");
        Person reporter = program.rep("Concerned Colleague");
        Person bystander = program.rep("Zeldarina Stays");
        String former = "Former member #" + rep.getId();
        Instant now = Instant.parse("2026-11-02T10:00:00Z");

        tasks.open(new org.repsportal.tasks.TaskRequested(org.repsportal.tasks.TaskType.ACTIVITY_VERIFICATION,
                org.repsportal.tasks.TaskTitle.of("report.verify.task", "Wrote an article", rep.getDisplayName(), "2026-11-01"),
                rep.getId(), mentor.getId(), org.repsportal.tasks.TaskPriority.NORMAL, null, "erasure-test:keyed:" + rep.getId(),
                java.util.Set.of(rep.getId())));
        tasks.open(new org.repsportal.tasks.TaskRequested(org.repsportal.tasks.TaskType.OTHER,
                "Call zelda forgettable back about " + bystander.getDisplayName(), null, mentor.getId(),
                org.repsportal.tasks.TaskPriority.NORMAL, null, "erasure-test:written:" + rep.getId(), java.util.Set.of(rep.getId())));
        long keyed = taskId("erasure-test:keyed:" + rep.getId());
        long written = taskId("erasure-test:written:" + rep.getId());
        tasks.comment(program.actor(mentor), written, "Spoke with " + rep.getFullName() + " today.");
        long thread = jdbc.sql("select nextval('board_threads_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into board_threads (id, author_id, title, body, created_at, last_activity_at)
                        values (?, ?, 'A thread', 'Its body', ?, ?)""")
                .params(thread, mentor.getId(), Timestamp.from(now), Timestamp.from(now)).update();
        jdbc.sql("insert into board_followers (thread_id, person_id) values (?, ?), (?, ?)")
                .params(thread, rep.getId(), thread, mentor.getId()).update();
        long concern = jdbc.sql("select nextval('concerns_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into concerns (id, category, reporter_id, about_person_id, summary, details, state, raised_at)
                        values (?, 'PERSONAL', ?, null, ?, ?, 'NEW', ?)""")
                .params(concern, reporter.getId(), "Worried about Zelda Forgettable",
                        "ZELDA FORGETTABLE and " + bystander.getDisplayName() + " argued.", Timestamp.from(now)).update();

        mvc.perform(Api.post(admin, "/api/v1/people/{id}/erase", rep.getId())
                        .content("{\"reason\": \"Asked\", \"confirmation\": \"" + rep.getEmail() + "\"}"))
                .andExpect(status().isOk());

        assertThat(count("select count(*) from task_watchers where person_id = ?", rep.getId())).isZero();
        assertThat(count("select count(*) from board_followers where person_id = ?", rep.getId())).isZero();
        assertThat(count("select count(*) from board_followers where person_id = ?", mentor.getId())).isEqualTo(1);
        assertThat(jdbc.sql("select title || '|' || array_to_string(title_args, '|') from tasks where id = ?").param(keyed)
                .query(String.class).single())
                .isEqualTo("Verify: Wrote an article by " + former + " on 2026-11-01|Wrote an article|" + former + "|2026-11-01");
        assertThat(jdbc.sql("select title from tasks where id = ?").param(written).query(String.class).single())
                .isEqualTo("Call " + former + " back about Zeldarina Stays");
        assertThat(jdbc.sql("select body from task_entries where task_id = ? and kind = 'COMMENT'").param(written)
                .query(String.class).single()).isEqualTo("Spoke with " + former + " today.");
        assertThat(jdbc.sql("select summary || '|' || details from concerns where id = ?").param(concern).query(String.class).single())
                .isEqualTo("Worried about " + former + "|" + former + " and Zeldarina Stays argued.");
        mvc.perform(get("/tasks/{id}", keyed).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verify: Wrote an article by " + former)))
                .andExpect(content().string(not(containsString("Zelda Forgettable"))));
    }

    @Test
    void whatOthersWroteOnTheBoardInCheckInsInReportCommentsAndInMailNamesTheFormerMemberInstead() throws Exception {
        Person admin = program.admin("Scrubber");
        Person rep = program.rep("Xavi Vanish");
        Person mentor = program.mentor("Mira Writes");
        Person other = program.rep("Otto Other");
        String former = "Former member #" + rep.getId();
        Timestamp now = Timestamp.from(Instant.parse("2026-11-02T10:00:00Z"));
        long thread = jdbc.sql("select nextval('board_threads_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into board_threads (id, author_id, title, body, created_at, last_activity_at)
                        values (?, ?, 'How I helped Xavi Vanish', 'xavi vanish asked for help.', ?, ?)""")
                .params(thread, mentor.getId(), now, now).update();
        jdbc.sql("insert into board_replies (id, thread_id, author_id, body, created_at) values (nextval('board_replies_seq'), ?, ?, ?, ?)")
                .params(thread, mentor.getId(), "Xavi Vanish liked it", now).update();
        long checkIn = jdbc.sql("select nextval('checkins_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into checkins (id, uid, mentor_id, mentee_id, scheduled_at, time_zone, status, notes, mentee_feedback,
                                              created_at, updated_at)
                        values (?, gen_random_uuid(), ?, ?, ?, 'UTC', 'HELD', 'Talked of Xavi Vanish', 'Xavi Vanish helped', ?, ?)""")
                .params(checkIn, mentor.getId(), other.getId(), now, now, now).update();
        jdbc.sql("insert into checkin_goals (checkin_id, position, text) values (?, 0, ?)")
                .params(checkIn, "Ask " + "x".repeat(500 - "Ask  Xavi Vanish".length()) + " Xavi Vanish").update();
        jdbc.sql("insert into checkin_follow_ups (checkin_id, position, text) values (?, 0, 'Write to Xavi Vanish')")
                .param(checkIn).update();
        long report = jdbc.sql("select nextval('activity_reports_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into activity_reports (id, person_id, reported_on, activity_code, area_code, description, created_at)
                        values (?, ?, date '2026-11-01', 'WROTE_ARTICLE', 'EDUCATION', 'An article', ?)""")
                .params(report, other.getId(), now).update();
        jdbc.sql("insert into report_comments (id, report_id, author_id, body, created_at) values (nextval('report_comments_seq'), ?, ?, ?, ?)")
                .params(report, mentor.getId(), "Ask Xavi Vanish to review it", now).update();
        long mail = jdbc.sql("""
                        insert into mail_messages (category, recipient_id, recipient_address, recipient_name, subject, body, status, created_at)
                        values ('MENTORSHIP', ?, 'mira@example.org', 'Mira Writes', 'Xavi Vanish is now your mentee',
                                'Hello, from today you mentor Xavi Vanish.', 'SENT', ?) returning id""")
                .params(mentor.getId(), now).query(Long.class).single();

        mvc.perform(Api.post(admin, "/api/v1/people/{id}/erase", rep.getId())
                        .content("{\"reason\": \"Asked\", \"confirmation\": \"" + rep.getEmail() + "\"}"))
                .andExpect(status().isOk());

        assertThat(text("select title || '|' || body from board_threads where id = ?", thread))
                .isEqualTo("How I helped " + former + "|" + former + " asked for help.");
        assertThat(text("select body from board_replies where thread_id = ?", thread)).isEqualTo(former + " liked it");
        assertThat(text("select notes || '|' || mentee_feedback from checkins where id = ?", checkIn))
                .isEqualTo("Talked of " + former + "|" + former + " helped");
        assertThat(text("select text from checkin_goals where checkin_id = ?", checkIn))
                .as("longer than the name it replaces, cut to its column's 500 characters").hasSize(500).endsWith("…").doesNotContain("Xavier");
        assertThat(text("select text from checkin_follow_ups where checkin_id = ?", checkIn)).isEqualTo("Write to " + former);
        assertThat(text("select body from report_comments where report_id = ?", report)).isEqualTo("Ask " + former + " to review it");
        assertThat(text("select subject || '|' || body from mail_messages where id = ?", mail))
                .isEqualTo(former + " is now your mentee|Hello, from today you mentor " + former + ".");
        assertThat(count("select version from checkins where id = ?", checkIn)).as("a form opened before sees the change").isEqualTo(1);
    }

    private String text(String sql, long id) {
        return jdbc.sql(sql).param(id).query(String.class).single();
    }

    @Test
    void aFormerNameIsReplacedAsAWholeWordInAnyCaseTheLongestFirst() {
        var erased = new PersonErased(7, 1, Instant.parse("2026-11-02T10:00:00Z"), java.util.List.of("Ana", "Ana Pérez"));
        assertThat(erased.withoutNames("Banana met ana PÉREZ, then ANA; Anabel stayed."))
                .isEqualTo("Banana met Former member #7, then Former member #7; Anabel stayed.");
        assertThat(erased.likePatterns()).containsExactly("%Ana Pérez%", "%Ana%");
        assertThat(erased.toString()).doesNotContain("Ana");
        assertThat(new PersonErased(7, 1, Instant.EPOCH).withoutNames("Ana")).isEqualTo("Ana");
    }

    @Test
    void onlyAnAdminErasesAndTheApiAsksForTheReasonAndTheEmailTypedAgain() throws Exception {
        Person admin = program.admin("Apier");
        Person council = program.council("Notallowed");
        Person rep = program.rep("Apitarget");

        mvc.perform(Api.post(council, "/api/v1/people/{id}/erase", rep.getId()).content("{\"reason\": \"because\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/erase", rep.getId()).cookie(SignIn.as(mvc, council))).andExpect(status().isForbidden());
        mvc.perform(Api.post(admin, "/api/v1/people/{id}/erase", admin.getId()).content("{\"reason\": \"oops\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(Api.post(admin, "/api/v1/people/{id}/erase", rep.getId()).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(statusOf(rep)).isEqualTo("ACTIVE");

        mvc.perform(Api.post(admin, "/api/v1/people/{id}/erase", rep.getId()).content("{\"reason\": \"Left and asked\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmation"));
        assertThat(statusOf(rep)).isEqualTo("ACTIVE");

        mvc.perform(Api.post(admin, "/api/v1/people/{id}/erase", rep.getId())
                        .content("{\"reason\": \"Left and asked\", \"confirmation\": \"" + rep.getEmail() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Former member #" + rep.getId()));
        assertThat(statusOf(rep)).isEqualTo("ERASED");
        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isUnauthorized());
    }

    private long taskId(String sourceRef) {
        return jdbc.sql("select id from tasks where source_ref = ?").param(sourceRef).query(Long.class).single();
    }

    private String statusOf(Person person) {
        return jdbc.sql("select status from people where id = ?").param(person.getId()).query(String.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
