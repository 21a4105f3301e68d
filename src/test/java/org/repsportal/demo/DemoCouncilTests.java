package org.repsportal.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo program on its own database: the Council's concerns, nominations and the mentors' board are there. */
@SpringBootTest(properties = {"portal.demo.enabled=true", "portal.demo.scale=60"})
@AutoConfigureMockMvc
class DemoCouncilTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasAConcernOfEachCategoryWithResponseTimesNominationsAndBoardThreads() throws Exception {
        assertThat(jdbc.sql("select count(distinct category) from concerns").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select reporting_route_followed from concerns where category = 'ABUSE'").query(Boolean.class).list())
                .containsExactly(true);
        long mentor = id("mentor@example.org");
        long rep = id("rep@example.org");
        assertThat(jdbc.sql("select count(*) from concerns where category = 'CONFLICT' and reporter_id = ? and involved_mentor_id = ?")
                .params(rep, mentor).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from concerns where acknowledged_at is not null").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from concerns where state = 'RESOLVED'").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from nominations where nominated_by = ?").param(mentor).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from board_threads where reply_count > 0").query(Long.class).single()).isGreaterThanOrEqualTo(2);

        mvc.perform(get("/council/concerns?state=all").header("Authorization", "Bearer demo-council"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Median")));
        mvc.perform(get("/api/v1/council/concerns/response-times").header("Authorization", "Bearer demo-council"))
                .andExpect(jsonPath("$.acknowledged").value(4));
        mvc.perform(get("/api/v1/concerns").header("Authorization", "Bearer demo-mentor"))
                .andExpect(jsonPath("$.total").value(2));
        long conflict = jdbc.sql("select id from concerns where category = 'CONFLICT'").query(Long.class).single();
        mvc.perform(get("/concerns/" + conflict).header("Authorization", "Bearer demo-rep")).andExpect(status().isOk());
        mvc.perform(get("/concerns/" + conflict).header("Authorization", "Bearer demo-admin")).andExpect(status().isNotFound());
        mvc.perform(get("/council/nominations").header("Authorization", "Bearer demo-council"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Following up")));
        mvc.perform(get("/board").header("Authorization", "Bearer demo-mentor"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("How do you keep monthly check-ins from slipping?")));
        mvc.perform(get("/board").header("Authorization", "Bearer demo-rep")).andExpect(status().isForbidden());
    }

    @Test
    void theDemoHasFeedbackAtEachStateWithContactsAndAMenteesFeedbackForwardedWithoutTheirName() throws Exception {
        assertThat(jdbc.sql("select count(distinct area_code) from feedback_area_contacts").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select state from feedback group by state order by state").query(String.class).list())
                .containsExactly("ACKNOWLEDGED", "CLOSED", "RECEIVED");
        long forwarded = jdbc.sql("select id from feedback where sender_id = ? and mentee_id is not null and not mentee_named")
                .param(id("mentor@example.org")).query(Long.class).single();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from tasks where type = 'FEEDBACK' and source_ref like ?")
                .param("feedback:" + forwarded + ":%").query(Long.class).single() > 0);
        // no task stays open for answered feedback
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from tasks t join feedback f on t.source_ref like 'feedback:' || f.id || ':%'
                        where f.state = 'CLOSED' and t.state <> 'CLOSED'""").query(Long.class).single() == 0);
        String mentee = jdbc.sql("select p.display_name from feedback f join people p on p.id = f.mentee_id where f.id = ?")
                .param(forwarded).query(String.class).single();
        mvc.perform(get("/feedback/inbox").header("Authorization", "Bearer demo-council"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Feeling left out of decisions about the region")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(mentee))));
        mvc.perform(get("/feedback/" + forwarded).header("Authorization", "Bearer demo-mentor"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(mentee)));
    }

    private long id(String email) {
        return jdbc.sql("select id from people where email = ?").param(email).query(Long.class).single();
    }
}
