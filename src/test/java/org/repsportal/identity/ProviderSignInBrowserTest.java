package org.repsportal.identity;

import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Rep signs in through a real OpenID Connect provider (Spring Authorization Server on a random port of
 * {@code localhost}) in Chromium and lands on the dashboard; their settings list the linked identity; a provider
 * that does not vouch for the email leads to the page that says why. The portal's pages are checked by axe-core
 * (the provider's own sign-in form is not the portal's).
 */
@Import(Program.class)
class ProviderSignInBrowserTest extends BrowserTestSupport {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestOidcProvider.clientProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    Program program;

    /** The portal is reached on 127.0.0.1, the provider on localhost: two sites, two sets of cookies. */
    @Override
    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Each test signs in at the provider afresh: both sites' cookies go. */
    @AfterEach
    void signOutEverywhere() {
        browser.get(url("/login"));
        signOut();
        browser.get(TestOidcProvider.issuer() + "/login");
        signOut();
    }

    private void signInAtTheProvider(String username) {
        assertThat(browser.getCurrentUrl()).startsWith(TestOidcProvider.issuer());
        find("#username").sendKeys(username);
        find("#password").sendKeys(TestOidcProvider.PASSWORD);
        clickAndWaitForNextPage(find("button[type=submit]"));
    }

    @Test
    void aRepSignsInThroughTheProviderAndLandsOnTheDashboard() {
        Person rep = program.rep("Browser Provider Rep");
        String user = "browser-" + rep.getId();
        TestOidcProvider.user(user, rep.getEmail(), true);

        open("/login");
        clickAndWaitForNextPage(find("#provider-" + TestOidcProvider.REGISTRATION));
        signInAtTheProvider(user);

        assertThat(path()).as("landed on %s: %s", browser.getCurrentUrl(), find("main").getText()).isEqualTo("/dashboard");
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + port);
        checkAccessibility();

        open("/settings");
        assertThat(find("#identities").getText()).contains("Test Provider").contains(rep.getEmail());
    }

    @Test
    void aProviderThatDoesNotVouchForTheEmailLeadsToAPageThatSaysWhy() {
        Person rep = program.rep("Browser Unverified Rep");
        String user = "browser-unverified-" + rep.getId();
        TestOidcProvider.user(user, rep.getEmail(), false);

        open("/login");
        clickAndWaitForNextPage(find("#provider-" + TestOidcProvider.REGISTRATION));
        signInAtTheProvider(user);

        assertThat(path()).isEqualTo("/login/refused");
        checkAccessibility();
        assertThat(find("#refusal").getText()).contains("verified");
        assertThat(find("#password-sign-in").getText()).contains("password");
    }
}
