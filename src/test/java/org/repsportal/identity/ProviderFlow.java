package org.repsportal.identity;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import oidcprovider.TestOidcProvider;
import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One browser's visit to the portal (through MockMvc, at {@code http://127.0.0.1}, keeping its cookies) and to the
 * test provider (over HTTP, with cookies of its own): signing in there answers with the provider's redirect back to
 * the portal, which the portal then completes.
 */
final class ProviderFlow {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    ProviderFlow(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A visit that starts signed in, with this session cookie. */
    ProviderFlow(MockMvc mvc, Cookie session) {
        this(mvc);
        cookies.put(session.getName(), session);
    }

    /** A request to the portal with the cookies kept so far; the cookies it sets (or ends) are kept for the next. */
    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    MvcResult visit(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get("http://127.0.0.1" + path));
    }

    /**
     * Starts the sign-in from the portal's link, signs in at the provider as {@code username} and brings the
     * provider's answer back to the portal: the portal's last answer (a redirect to where the person lands, or to
     * the refusal page).
     */
    MvcResult signInAs(String username) throws Exception {
        return signInAs(username, "/oauth2/authorization/" + TestOidcProvider.REGISTRATION);
    }

    MvcResult signInAs(String username, String start) throws Exception {
        MvcResult started = visit(start);
        String authorize = started.getResponse().getRedirectedUrl();
        for (int hop = 0; hop < 3 && authorize != null && authorize.startsWith("/"); hop++) {
            started = visit(authorize);
            authorize = started.getResponse().getRedirectedUrl();
        }
        if (authorize == null || !authorize.startsWith(TestOidcProvider.issuer())) {
            throw new AssertionError("The portal did not send the browser to the provider from " + start + ": "
                    + started.getResponse().getStatus() + " " + authorize);
        }
        URI back = atProvider(URI.create(authorize), username);
        return perform(MockMvcRequestBuilders.get(back));
    }

    /** Follows the provider's pages as a browser would, signing in on its form, until it redirects to the portal. */
    private static URI atProvider(URI start, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI next = start;
        for (int step = 0; step < 10; step++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("name=\"username\"")) {
                String csrf = Jsoup.parse(response.body()).select("input[name=_csrf]").val();
                String form = "username=" + encode(username) + "&password=" + encode(TestOidcProvider.PASSWORD)
                        + "&_csrf=" + encode(csrf);
                response = client.send(HttpRequest.newBuilder(next.resolve("/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 302 && response.statusCode() != 303) {
                throw new AssertionError("The provider answered " + next + " with " + response.statusCode() + ": "
                        + response.body());
            }
            URI location = next.resolve(response.headers().firstValue("Location").orElseThrow());
            if ("127.0.0.1".equals(location.getHost())) {
                return location;
            }
            next = location;
        }
        throw new AssertionError("The provider never sent the browser back to the portal");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
