package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.MapSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signed-in browser's session is read once per page and written only when it changed; static files never touch it. */
@PortalTest
class SessionWritesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staticFilesAndTheHealthCheckRunNoStatementEvenWithASessionCookie() throws Exception {
        Cookie session = SignIn.as(mvc, program.rep("Stylesheet"));
        String stylesheet = org.jsoup.Jsoup.parse(mvc.perform(get("/dashboard").cookie(session)).andReturn()
                .getResponse().getContentAsString()).select("link[rel=stylesheet][href^=/css/]").attr("href");
        assertThat(stylesheet).isNotBlank();

        QueryCountHolder.clear();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get(stylesheet).cookie(session)).andExpect(status().isOk());
        }
        assertThat(QueryCountHolder.getGrandTotal().getTotal()).isZero();

        // the health check asks the database itself; the session cookie adds nothing to that
        QueryCountHolder.clear();
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        long withoutCookie = QueryCountHolder.getGrandTotal().getTotal();
        QueryCountHolder.clear();
        mvc.perform(get("/actuator/health").cookie(session)).andExpect(status().isOk());
        assertThat(QueryCountHolder.getGrandTotal().getTotal()).isEqualTo(withoutCookie);
    }

    @Test
    void pageViewsInARowLeaveTheSessionRowUntouched() throws Exception {
        Cookie session = SignIn.as(mvc, program.rep("Reader"));
        mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
        Instant accessed = lastAccess();

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
            mvc.perform(get("/reports").cookie(session)).andExpect(status().isOk());
        }

        assertThat(lastAccess()).isEqualTo(accessed);
    }

    @Test
    void aSessionIsTouchedOncePerIntervalSoThatItStillExpiresOnTime() {
        var stored = new MapSession();
        Instant created = stored.getLastAccessedTime();
        var session = new SparingSessionRepository.SparingSession<>(stored);

        session.setLastAccessedTime(created.plus(SparingSessionRepository.TOUCH_INTERVAL).minusSeconds(1));
        assertThat(stored.getLastAccessedTime()).isEqualTo(created);

        Instant later = created.plus(SparingSessionRepository.TOUCH_INTERVAL);
        session.setLastAccessedTime(later);
        assertThat(stored.getLastAccessedTime()).isEqualTo(later);
        assertThat(Duration.between(later, stored.getLastAccessedTime().plus(stored.getMaxInactiveInterval())))
                .isEqualTo(stored.getMaxInactiveInterval());
    }

    private Instant lastAccess() {
        long millis = jdbc.sql("select max(last_access_time) from spring_session").query(Long.class).single();
        return Instant.ofEpochMilli(millis);
    }
}
