package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.platform.NotFoundException;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identity module with the people module it builds on, against the embedded PostgreSQL. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({TestClockConfiguration.class, Program.class})
class IdentityModuleTests {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @Autowired
    Program program;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Person withAccount(String name, Role... roles) {
        Person person = program.someone(name).withoutAccount().as(roles);
        accounts.open(person.getId(), person.getEmail(), "s3cret-pass");
        return person;
    }

    private void failSignIn(Person person) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(person.getEmail(), "wrong");
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
    }

    @Test
    void anAccountKeepsOnlyAStrongHashOfThePassword() {
        Person person = withAccount("Hana", Role.REP);

        Account account = accountRepository.findById(person.getId()).orElseThrow();
        assertThat(account.getPasswordHash()).doesNotContain("s3cret-pass").startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("s3cret-pass", account.getPasswordHash())).isTrue();
        assertThat(accounts.exists(person.getId())).isTrue();
    }

    @Test
    void signInLooksUpTheEmailInAnyCaseAndCarriesTheRolesHeldNow() {
        Person person = withAccount("Kiran", Role.REP, Role.MENTOR);

        var user = (PortalUser) userDetails.loadUserByUsername("  " + person.getEmail().toUpperCase() + " ");

        assertThat(user.personId()).isEqualTo(person.getId());
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_REP", "ROLE_MENTOR");
        assertThat(user.isAccountNonLocked()).isTrue();
        assertThatThrownBy(() -> userDetails.loadUserByUsername("nobody@identity.test"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void wrongPasswordsNeverLockTheAccountItselfOnlyTheAddressTheyCameFrom() {
        Person person = withAccount("Lars", Role.REP);
        clock.setTo(NOW);

        for (int i = 0; i < throttle.freeAttempts() + 3; i++) {
            failSignIn(person);
        }

        // anyone could otherwise keep the person out for good; SignInAbuseTests locks the failing address
        assertThat(userDetails.loadUserByUsername(person.getEmail()).isAccountNonLocked()).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        Person person = withAccount("Mads", Role.REP);
        clock.setTo(NOW);
        for (int i = 0; i < throttle.freeAttempts(); i++) {
            failSignIn(person);
        }
        clock.advance(Duration.ofHours(1));
        var user = (PortalUser) userDetails.loadUserByUsername(person.getEmail());

        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));

        Account account = accountRepository.findById(person.getId()).orElseThrow();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getLastSignInAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void failuresForAnUnknownEmailChangeNoAccount() {
        Person person = withAccount("Nia", Role.REP);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("ghost@identity.test", "x");

        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));

        assertThat(accountRepository.findById(person.getId()).orElseThrow().getFailedAttempts()).isZero();
    }

    @Test
    void aNewTokenIsKeptOnlyAsAHashAndAuthenticatesItsOwner() {
        Person person = withAccount("Omar", Role.REP);
        clock.setTo(NOW);

        CreatedToken created = tokens.create(program.actor(person), "  laptop ");

        assertThat(created.secret()).startsWith("rp_").hasSizeGreaterThan(40);
        assertThat(created.token().getName()).isEqualTo("laptop");
        assertThat(created.token().getPrefix()).isEqualTo(created.secret().substring(0, 8));
        assertThat(created.token().getTokenHash()).doesNotContain(created.secret()).hasSize(64);
        clock.advance(Duration.ofMinutes(5));
        assertThat(tokens.authenticate(created.secret())).contains(person.getId());
        assertThat(tokens.of(program.actor(person))).singleElement()
                .satisfies(token -> assertThat(token.getLastUsedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5))));
        assertThat(tokens.authenticate(created.secret() + "x")).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticatesAndIsListedAfterTheActiveOnes() {
        Person person = withAccount("Pavel", Role.REP);
        CreatedToken old = tokens.create(program.actor(person), "old");
        CreatedToken current = tokens.create(program.actor(person), "current");

        tokens.revoke(program.actor(person), old.token().getId());

        assertThat(tokens.authenticate(old.secret())).isEmpty();
        assertThat(tokens.authenticate(current.secret())).contains(person.getId());
        assertThat(tokens.of(program.actor(person))).extracting(AccessToken::getName).containsExactly("current", "old");
        assertThat(tokens.of(program.actor(person)).get(1).isActive()).isFalse();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        Person owner = withAccount("Quinn", Role.REP);
        Person other = withAccount("Rhea", Role.ADMIN);
        CreatedToken token = tokens.create(program.actor(owner), "mine");

        assertThatThrownBy(() -> tokens.revoke(program.actor(other), token.token().getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.authenticate(token.secret())).contains(owner.getId());
    }

    @Test
    void aChosenSecretCanBeIssuedForWellKnownDemoTokens() {
        Person person = withAccount("Sven", Role.REP);

        tokens.issue(person.getId(), "demo", "demo-sven-" + person.getId());

        assertThat(tokens.authenticate("demo-sven-" + person.getId())).contains(person.getId());
    }
}
