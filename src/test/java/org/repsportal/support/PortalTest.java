package org.repsportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on its embedded test database, with MockMvc, the {@link Program} fixture, the {@link Mailbox}
 * of the mail it wrote and a {@link TestClock} that tests may move (and reset afterwards); {@link Statements}
 * counts SQL statements.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({Program.class, Mailbox.class, TestClockConfiguration.class, Statements.class})
public @interface PortalTest {
}
