package org.repsportal.platform;

import java.util.List;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.web.servlet.ViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database out of reach is told apart from other failures and answered with a 503: the portal's page for a
 * browser, a problem for the API. (The whole portal with its database stopped and restarted is in
 * {@code TwoInstancesOnOneDatabaseTests}.)
 */
@PortalTest
class DatabaseUnavailableTests {

    @Autowired
    MessageSource messages;

    @Autowired
    ObjectProvider<ViewResolver> views;

    private MockHttpServletResponse failing(String path, RuntimeException failure) throws Exception {
        var filter = new DatabaseUnavailable.Filter(messages, views);
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                throw failure;
            }
        }));
        return response;
    }

    @Test
    void aPageWhoseSessionCannotBeReadAnswersWithThePortals503Page() throws Exception {
        MockHttpServletResponse response = failing("/people", new CannotGetJdbcConnectionException("down",
                new java.sql.SQLTransientConnectionException("timed out")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString())
                .contains("<html", "<h1>The portal is unavailable for a moment</h1>", "cannot reach its database");
    }

    @Test
    void anApiCallAnswersWithA503Problem() throws Exception {
        MockHttpServletResponse response = failing("/api/v1/me", new JpaSystemException(
                new RuntimeException(new org.hibernate.TransactionException("Unable to rollback against JDBC Connection"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "cannot reach its database");
    }

    @Test
    void otherFailuresAreLeftToTheUsualErrorHandling() {
        assertThatThrownBy(() -> failing("/people", new IllegalStateException("a bug")))
                .isInstanceOfAny(IllegalStateException.class, ServletException.class);
    }

    @Test
    void connectionFailuresAndTimeoutsCountAsTheDatabaseBeingOutOfReach() {
        for (var failure : List.of(new java.sql.SQLException("refused", "08001"), new java.sql.SQLException("shutting down", "57P01"),
                new java.sql.SQLException("canceling statement due to statement timeout", "57014"))) {
            assertThat(DatabaseUnavailable.isCause(new RuntimeException(failure))).as(failure.getSQLState()).isTrue();
        }
        assertThat(DatabaseUnavailable.isCause(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalArgumentException())).isFalse();
    }
}
