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
    private final IdentityProperties properties;

    BearerTokenFilter(AccessTokens tokens, People people, IdentityProperties properties) {
        this.tokens = tokens;
        this.people = people;
        this.properties = properties;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    private java.util.List<org.springframework.security.core.GrantedAuthority> authorities(java.util.Set<org.repsportal.people.Role> roles) {
        var authorities = new java.util.ArrayList<>(AccountUserDetailsService.authorities(roles));
        if (properties.readOnly(roles, null)) {
            authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(ReadOnlyAccessFilter.READ_ONLY));
        }
        return authorities;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request) || request.getAttribute(MetricsScraperFilter.SCRAPER) != null) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(SCHEME.length()).strip();
        Optional<PortalUser> user = tokens.authenticate(secret)
                .flatMap(people::actorFor)
                .map(actor -> new PortalUser(actor.personId(), "person-" + actor.personId(), null, true, false,
                        authorities(actor.roles())));
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
