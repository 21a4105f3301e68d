package org.repsportal.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People who may only read (alumni, unless the program lets them write) are refused every unsafe request with
 * the usual 403, after the URL rules have let them in. Signing out is handled before and stays possible.
 */
class ReadOnlyAccessFilter extends OncePerRequestFilter {

    static final String READ_ONLY = "READ_ONLY";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && SecurityConfiguration.isUnsafe(request)
                && authentication.getAuthorities().stream().anyMatch(a -> READ_ONLY.equals(a.getAuthority()))) {
            throw new AccessDeniedException("Read-only access");
        }
        chain.doFilter(request, response);
    }
}
