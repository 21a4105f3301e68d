package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.Test;
import org.repsportal.identity.AccountDisabling.Disabled;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in through a real OpenID Connect provider (Spring Authorization Server, {@link TestOidcProvider}): the
 * identity is the provider's issuer and subject, an email links an account only when verified and unique, an
 * invitation or a signed-in person binds an identity, and the last way in cannot be unlinked.
 */
@PortalTest
class ProviderSignInTests {

    private static final AtomicInteger USERS = new AtomicInteger();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestOidcProvider.clientProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDisabling disabling;

    @Autowired
    People people;

    static String newUser() {
        return "provider-user-" + USERS.incrementAndGet();
    }

    private long signedInPerson(ProviderFlow browser) throws Exception {
        MvcResult me = browser.visit("/api/v1/me");
        assertThat(me.getResponse().getStatus()).as("the session signs the person in").isEqualTo(200);
        String json = me.getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private int identitiesOf(Person person) {
        return jdbc.sql("select count(*) from sign_in_identities where person_id = ?")
                .param(person.getId()).query(Integer.class).single();
    }

    @Test
    void aFirstSignInWithAVerifiedEmailLinksTheOneAccountThatHasItAndLandsOnTheDashboard() throws Exception {
        Person rep = program.rep("Oidc First");
        String user = newUser();
        TestOidcProvider.user(user, rep.getEmail(), true);

        var browser = new ProviderFlow(mvc);
        MvcResult back = browser.signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.visit("/dashboard").getResponse().getStatus()).isEqualTo(200);
        assertThat(signedInPerson(browser)).isEqualTo(rep.getId());
        record Row(String issuer, String subject, String email) {
        }
        Row row = jdbc.sql("select issuer, subject, email from sign_in_identities where person_id = ?")
                .param(rep.getId()).query(Row.class).single();
        assertThat(row).isEqualTo(new Row(TestOidcProvider.issuer(), user, rep.getEmail()));
        assertThat(jdbc.sql("select action from sign_in_identity_history where person_id = ?")
                .param(rep.getId()).query(String.class).list()).containsExactly("LINKED");
    }

    @Test
    void anEmailTheProviderDoesNotCallVerifiedIsRefusedWithAPageThatSaysWhy() throws Exception {
        Person rep = program.rep("Oidc Unverified");
        String user = newUser();
        TestOidcProvider.user(user, rep.getEmail(), false);

        var browser = new ProviderFlow(mvc);
        MvcResult back = browser.signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login/refused?reason=unverified");
        MvcResult page = browser.visit("/login/refused?reason=unverified");
        assertThat(page.getResponse().getContentAsString())
                .contains("did not confirm that your email address is verified")
                .contains("Sign in with your email and password")
                .contains("Continue with Test Provider");
        assertThat(browser.visit("/api/v1/me").getResponse().getStatus()).isEqualTo(401);
        assertThat(identitiesOf(rep)).isZero();
    }

    @Test
    void anEmailThatTwoAccountsHaveIsRefused() throws Exception {
        Person first = program.rep("Oidc Twin");
        Person second = program.rep("Oidc Other Twin");
        // the second person's account still signs in with an old address, which is now the first person's email
        jdbc.sql("update accounts set username = ? where person_id = ?").params("old." + first.getEmail(), first.getId()).update();
        jdbc.sql("update accounts set username = ? where person_id = ?").params(first.getEmail(), second.getId()).update();
        String user = newUser();
        TestOidcProvider.user(user, first.getEmail(), true);

        MvcResult back = new ProviderFlow(mvc).signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login/refused?reason=ambiguous");
        assertThat(identitiesOf(first) + identitiesOf(second)).isZero();
    }

    @Test
    void anEmailNoAccountHasIsRefused() throws Exception {
        String user = newUser();
        TestOidcProvider.user(user, user + "@nowhere.example", true);

        MvcResult back = new ProviderFlow(mvc).signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login/refused?reason=unknown");
    }

    @Test
    void aLaterSignInIsFoundByIssuerAndSubjectEvenAfterTheEmailChanged() throws Exception {
        Person rep = program.rep("Oidc Moved");
        Person someoneElse = program.rep("Oidc Bystander");
        String user = newUser();
        TestOidcProvider.user(user, rep.getEmail(), true);
        new ProviderFlow(mvc).signInAs(user);

        // the provider now gives another person's address, and no longer calls it verified
        TestOidcProvider.user(user, someoneElse.getEmail(), false);
        var browser = new ProviderFlow(mvc);
        MvcResult back = browser.signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedInPerson(browser)).isEqualTo(rep.getId());
        assertThat(identitiesOf(rep)).isEqualTo(1);
        assertThat(identitiesOf(someoneElse)).isZero();
    }

    @Test
    void theSessionIsKeptInPostgreSqlUnderTheAccountsNameSoThatDisablingTheAccountEndsIt() throws Exception {
        Person rep = program.rep("Oidc Session");
        String user = newUser();
        TestOidcProvider.user(user, rep.getEmail(), true);
        var browser = new ProviderFlow(mvc);
        browser.signInAs(user);

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(rep.getEmail()).query(Integer.class).single()).isEqualTo(1);
        Person admin = program.person("Oidc Admin", Role.ADMIN);
        Disabled disabled = disabling.disable(people.actorFor(admin.getId()).orElseThrow(), rep.getId(), "left the program");

        assertThat(disabled.sessionsEnded()).isEqualTo(1);
        assertThat(browser.visit("/api/v1/me").getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void alumniSignedInThroughTheProviderOnlyRead() throws Exception {
        Person alumnus = program.person("Oidc Alumnus", Role.ALUMNI);
        String user = newUser();
        TestOidcProvider.user(user, alumnus.getEmail(), true);
        var browser = new ProviderFlow(mvc);
        browser.signInAs(user);

        assertThat(browser.visit("/settings").getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.perform(post("http://127.0.0.1/settings/tokens").param("name", "script").with(csrf()))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithALinkedIdentity() throws Exception {
        Person rep = program.rep("Oidc Disabled");
        String user = newUser();
        TestOidcProvider.user(user, rep.getEmail(), true);
        new ProviderFlow(mvc).signInAs(user);
        jdbc.sql("update accounts set enabled = false where person_id = ?").param(rep.getId()).update();

        var browser = new ProviderFlow(mvc);
        MvcResult back = browser.signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login/refused?reason=disabled");
        assertThat(browser.visit("/api/v1/me").getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aSignInStartedWhileSignedInLinksTheIdentityToThatPerson() throws Exception {
        Person rep = program.rep("Oidc Linker");
        String user = newUser();
        // the provider's address is not the portal's: linking while signed in does not ask for it
        TestOidcProvider.user(user, user + "@elsewhere.example", false);
        Cookie session = SignIn.as(mvc, rep);

        var browser = new ProviderFlow(mvc, session);
        MvcResult back = browser.signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/settings?linked");
        String settings = browser.visit("/settings?linked").getResponse().getContentAsString();
        assertThat(settings).contains("is linked").contains("Test Provider").contains(user + "@elsewhere.example");
        assertThat(identitiesOf(rep)).isEqualTo(1);

        var later = new ProviderFlow(mvc);
        later.signInAs(user);
        assertThat(signedInPerson(later)).isEqualTo(rep.getId());
    }

    @Test
    void anIdentityOfAnotherPersonIsNotLinkedAgain() throws Exception {
        Person owner = program.rep("Oidc Owner");
        Person other = program.rep("Oidc Claimer");
        String user = newUser();
        TestOidcProvider.user(user, owner.getEmail(), true);
        new ProviderFlow(mvc).signInAs(user);

        MvcResult back = new ProviderFlow(mvc, SignIn.as(mvc, other)).signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login/refused?reason=taken");
        assertThat(identitiesOf(other)).isZero();
    }

    @Test
    void unlinkingTheLastWayInIsRefusedAndAnotherWayInLetsItGo() throws Exception {
        Person rep = program.rep("Oidc Last Way");
        String user = newUser();
        TestOidcProvider.user(user, rep.getEmail(), true);
        var browser = new ProviderFlow(mvc);
        browser.signInAs(user);
        jdbc.sql("update accounts set password_hash = null where person_id = ?").param(rep.getId()).update();
        long identity = jdbc.sql("select id from sign_in_identities where person_id = ?")
                .param(rep.getId()).query(Long.class).single();

        MvcResult refused = browser.perform(post("http://127.0.0.1/settings/identities/{id}/unlink", identity).with(csrf()));

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/settings");
        assertThat(refused.getFlashMap().get("identityError")).isEqualTo("settings.identities.refused.last");
        assertThat(identitiesOf(rep)).isEqualTo(1);
        assertThat(browser.visit("/settings").getResponse().getContentAsString())
                .contains("This is your last way in").doesNotContain("Unlink Test Provider");

        jdbc.sql("update accounts set password_hash = ? where person_id = ?").params("{noop}x", rep.getId()).update();
        MvcResult unlinked = browser.perform(post("http://127.0.0.1/settings/identities/{id}/unlink", identity).with(csrf()));

        assertThat(unlinked.getFlashMap().get("flash")).isEqualTo("settings.identities.unlinked");
        assertThat(identitiesOf(rep)).isZero();
        assertThat(jdbc.sql("select action from sign_in_identity_history where person_id = ? order by id")
                .param(rep.getId()).query(String.class).list()).containsExactly("LINKED", "UNLINKED");
    }

    @Test
    void anotherPersonsIdentityCannotBeUnlinked() throws Exception {
        Person owner = program.rep("Oidc Keeper");
        String user = newUser();
        TestOidcProvider.user(user, owner.getEmail(), true);
        new ProviderFlow(mvc).signInAs(user);
        long identity = jdbc.sql("select id from sign_in_identities where person_id = ?")
                .param(owner.getId()).query(Long.class).single();

        var intruder = new ProviderFlow(mvc, SignIn.as(mvc, program.rep("Oidc Intruder")));
        MvcResult answer = intruder.perform(post("http://127.0.0.1/settings/identities/{id}/unlink", identity).with(csrf()));

        assertThat(answer.getResponse().getStatus()).isEqualTo(404);
        assertThat(identitiesOf(owner)).isEqualTo(1);
    }

    @Test
    void anInvitationIsCompletedWithTheProviderWhichBindsTheIdentity() throws Exception {
        Person newcomer = program.rep("Oidc Newcomer");
        jdbc.sql("delete from accounts where person_id = ?").param(newcomer.getId()).update();
        String token = "invitation-" + newUser();
        Instant now = Instant.now();
        jdbc.sql("insert into account_invitations (person_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(newcomer.getId(), TokenHashing.hash(token), Timestamp.from(now.minusSeconds(60)),
                        Timestamp.from(now.plusSeconds(3600 * 24 * 30)))
                .update();
        String user = newUser();
        // not the address the invitation went to, and not verified: the invitation link is what proves the person
        TestOidcProvider.user(user, user + "@company.example", false);

        var browser = new ProviderFlow(mvc);
        assertThat(browser.visit("/invitation/" + token).getResponse().getContentAsString())
                .contains("Continue with Test Provider");
        MvcResult back = browser.signInAs(user, "/invitation/" + token + "/with/" + TestOidcProvider.REGISTRATION);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedInPerson(browser)).isEqualTo(newcomer.getId());
        assertThat(identitiesOf(newcomer)).isEqualTo(1);
        assertThat(jdbc.sql("select password_hash is null from accounts where person_id = ?")
                .param(newcomer.getId()).query(Boolean.class).single()).isTrue();
        assertThat(browser.visit("/invitation/" + token).getResponse().getContentAsString()).contains("already been used");
    }

    @Test
    void aProviderThePortalDoesNotKnowIsExplainedNotAnError() throws Exception {
        MvcResult answer = new ProviderFlow(mvc).visit("/oauth2/authorization/nowhere");

        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/login/refused?reason=provider");
    }

    @Test
    void theSignInPageOffersTheProviderBesideThePasswordForm() throws Exception {
        String page = new ProviderFlow(mvc).visit("/login").getResponse().getContentAsString();

        assertThat(page).contains("action=\"/login\"").contains("href=\"/oauth2/authorization/test-idp\"")
                .contains("Continue with Test Provider");
    }
}
