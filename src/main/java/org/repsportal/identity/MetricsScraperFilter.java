package org.repsportal.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a metrics scraper read {@code /actuator/prometheus} with the operators' secret ({@code portal.metrics.token})
 * as {@code Authorization: Bearer <token>}: for that request only it is the scraper, who may read the metrics and
 * nothing else. Without a configured secret, or with another one, the request goes on as any other (a personal
 * access token of an Admin reads the metrics too).
 */
class MetricsScraperFilter extends OncePerRequestFilter {

    static final String METRICS = "/actuator/prometheus";
    static final String ROLE = "METRICS_SCRAPER";
    /** Set on a request the scraper made, so that the token is not taken for a personal access token. */
    static final String SCRAPER = MetricsScraperFilter.class.getName() + ".scraper";

    private final byte[] secret;

    MetricsScraperFilter(String secret) {
        this.secret = secret == null || secret.isBlank() ? null : secret.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return secret == null || !METRICS.equals(request.getRequestURI()) || !BearerTokenFilter.hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] sent = request.getHeader("Authorization").substring(BearerTokenFilter.SCHEME.length()).strip()
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(secret, sent)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(SCRAPER, Boolean.TRUE);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
