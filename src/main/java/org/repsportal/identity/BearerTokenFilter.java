package org.repsportal.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.People;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer <personal access token>}. A wrong token is answered with a 401
 * problem at once; the authentication lives for the request only, no session is made.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer ";

    private final AccessTokens tokens;
    private final People people;

    BearerTokenFilter(AccessTokens tokens, People people) {
        this.tokens = tokens;
        this.people = people;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(SCHEME.length()).strip();
        Optional<PortalUser> user = tokens.authenticate(secret)
                .flatMap(people::actorFor)
                .map(actor -> new PortalUser(actor.personId(), "person-" + actor.personId(), null, true, false,
                        AccountUserDetailsService.authorities(actor.roles())));
        if (user.isEmpty()) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The access token is unknown or revoked.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
