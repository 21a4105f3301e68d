package org.repsportal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the portal runs its own PostgreSQL, whose data lives under
 * {@code portal.data-dir} and survives restarts. With a URL, Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PortalProperties properties) throws IOException {
        Path root = properties.ephemeral()
                ? Files.createTempDirectory("reps-portal-db")
                : properties.dataDir().toAbsolutePath().normalize();
        Path dataDir = root.resolve("pg");
        Files.createDirectories(root);
        stopStaleServer(dataDir);
        log.info("Starting embedded PostgreSQL with data in {}", dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.ephemeral())
                .setOverrideWorkingDirectory(root.resolve("pg-bin").toFile())
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
                .setServerConfig("synchronous_commit", properties.ephemeral() ? "off" : "on")
                .setServerConfig("full_page_writes", properties.ephemeral() ? "off" : "on")
                .start();
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as Spring Boot's own (timeouts). */
    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("portal");
        return dataSource;
    }

    /** After a hard kill the old postmaster may still hold the data directory; stop it before starting anew. */
    private static void stopStaleServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            var process = ProcessHandle.of(pid);
            if (process.isPresent() && process.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
                log.warn("Stopping a PostgreSQL server left running in {} (pid {})", dataDir, pid);
                process.get().destroy();
                process.get().onExit().get(30, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            log.warn("Could not clean up a stale PostgreSQL pid file in {}: {}", dataDir, e.getMessage());
        }
    }

    /** Matches when no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}) is given. */
    static final class NoDataSourceUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
