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

    private long id(String email) {
        return jdbc.sql("select id from people where email = ?").param(email).query(Long.class).single();
    }
}
