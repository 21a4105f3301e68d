package org.repsportal.platform;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ViewResolver;

/**
 * How the portal behaves while its database is out of reach: 503 answers (see {@link DatabaseUnavailable}) and a
 * health check that answers DOWN within the pool's connection timeout instead of hanging.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFaultConfiguration {

    /** Seconds the health check waits for the server to answer on a connection it got. */
    private static final int HEALTH_CHECK_TIMEOUT = 2;

    @Bean
    DatabaseUnavailable.Resolver databaseUnavailableResolver(MessageSource messages) {
        return new DatabaseUnavailable.Resolver(messages);
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailable.Filter> databaseUnavailableFilter(MessageSource messages,
                                                                                ObjectProvider<ViewResolver> views) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailable.Filter(messages, views));
        // after the forwarded-headers filter, before the session and the security filters
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Replaces Spring Boot's database health check, whose validity check has no time limit. */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(HEALTH_CHECK_TIMEOUT)
                        ? Health.up().withDetail("database", "PostgreSQL").build()
                        : Health.down().withDetail("database", "PostgreSQL").build();
            } catch (Exception e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
