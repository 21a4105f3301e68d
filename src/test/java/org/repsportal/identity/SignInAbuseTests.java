package org.repsportal.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.platform.Decision;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repsportal.identity.SignInIntegrationTests.anotherAddress;
import static org.repsportal.identity.SignInIntegrationTests.login;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Sign-in cannot be raced past its limits, nor used to keep a person out or to learn which accounts exist. */
@PortalTest
class SignInAbuseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private double passwordChecks() {
        return meters.get("portal.sign-in.password-checks").counter().count();
    }

    @Test
    void aHundredParallelWrongPasswordsLockTheAccountAfterTheConfiguredNumberWhileTheVictimStillSignsIn() throws Exception {
        Person victim = program.rep("Victoria");
        String attacker = anotherAddress();
        String home = anotherAddress();
        double checksBefore = passwordChecks();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(login(victim.getEmail(), "guess", attacker))
                            .andReturn();
                }));
            }
            Future<MvcResult> right = pool.submit(() -> {
                start.await();
                return mvc.perform(login(victim.getEmail(), Program.PASSWORD, home))
                        .andReturn();
            });
            start.countDown();
            for (Future<MvcResult> attempt : attempts) {
                assertThat(attempt.get().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            }
            assertThat(right.get().getResponse().getRedirectedUrl()).as("the victim, from home").isEqualTo("/");
        } finally {
            pool.shutdownNow();
        }

        assertThat(passwordChecks() - checksBefore).as("passwords checked").isEqualTo(throttle.freeAttempts() + 1);
        mvc.perform(login(victim.getEmail(), Program.PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(passwordChecks() - checksBefore).isEqualTo(throttle.freeAttempts() + 1);
        mvc.perform(login(victim.getEmail(), Program.PASSWORD, home))
                .andExpect(authenticated());
    }

    @Test
    void oneAddressFailingAcrossManyAccountsIsStoppedWhileOthersSignIn() throws Exception {
        String stuffer = anotherAddress();
        Person someone = program.rep("Stuffed");
        for (int i = 0; i < throttle.perAddress(); i++) {
            mvc.perform(login("unknown" + i + "." + someone.getEmail(), "guess", stuffer))
                    .andExpect(redirectedUrl("/login?error"));
        }
        double checksBefore = passwordChecks();

        mvc.perform(login(someone.getEmail(), Program.PASSWORD, stuffer))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(passwordChecks()).as("refused before the password").isEqualTo(checksBefore);
        mvc.perform(login(someone.getEmail(), Program.PASSWORD, anotherAddress()))
                .andExpect(authenticated());
    }

    @Test
    void pastTheGlobalCeilingOnlyAddressesThatHaveNotFailedMayTry() {
        var strict = new SignInThrottle(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 30, 0, Duration.ofMinutes(15));
        var gate = new SignInGate(jdbc, strict, clock);
        String failedBefore = anotherAddress();
        String clean = anotherAddress();

        assertThat(gate.admit("first@test.example", failedBefore)).isEqualTo(Decision.allow());

        assertThat(gate.admit("second@test.example", failedBefore)).isEqualTo(SignInGate.CEILING);
        assertThat(gate.admit("second@test.example", clean)).isEqualTo(Decision.allow());
    }
}
