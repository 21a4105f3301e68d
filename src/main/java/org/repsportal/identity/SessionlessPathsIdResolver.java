package org.repsportal.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Finds the session of a request from its cookie, except on the paths served without a session (static files,
 * health): there the cookie is not even looked at, so the session store is never read or written for them.
 */
class SessionlessPathsIdResolver implements HttpSessionIdResolver {

    private final HttpSessionIdResolver cookies;
    private final RequestMatcher sessionless;

    SessionlessPathsIdResolver(HttpSessionIdResolver cookies, String... sessionlessPaths) {
        this.cookies = cookies;
        this.sessionless = new OrRequestMatcher(java.util.Arrays.stream(sessionlessPaths)
                .<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        return sessionless.matches(request) ? List.of() : cookies.resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        cookies.setSessionId(request, response, sessionId);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        if (!sessionless.matches(request)) {
            cookies.expireSession(request, response);
        }
    }
}
