package org.repsportal.platform;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * While PostgreSQL cannot be reached (down, restarting, too slow), requests fail fast with a 503: the portal's page
 * for browsers, a problem for the API, whether the failure happens in a controller or earlier (reading the
 * session, a token). The pool waits at most {@code spring.datasource.hikari.connection-timeout} for a connection
 * and finds the server again by itself once it is back.
 */
final class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    static final String DETAIL_KEY = "error.503.text";

    private DatabaseUnavailable() {
    }

    /** Whether a failure means the database is out of reach, rather than a fault of the request. */
    static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable failure, int depth) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (depth < 3) {
                for (Throwable suppressed : t.getSuppressed()) {
                    if (isCause(suppressed, depth + 1)) {
                        return true;
                    }
                }
            }
            // a rollback that fails means the connection broke under the transaction
            if (t instanceof org.springframework.transaction.TransactionSystemException
                    || t instanceof org.hibernate.TransactionException) {
                return true;
            }
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-03: the server shuts down or is starting; 57014: statement timeout
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static void writeProblem(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** Failures inside controllers, before any other exception handler turns them into a 500. */
    static final class Resolver implements HandlerExceptionResolver, Ordered {

        private final MessageSource messages;

        Resolver(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                             Exception ex) {
            if (!isCause(ex)) {
                return null;
            }
            log.warn("The database is out of reach: {} answered 503 ({})", request.getRequestURI(), ex.getMessage());
            if (isApi(request)) {
                try {
                    writeProblem(response, messages.getMessage(DETAIL_KEY, null, LocaleContextHolder.getLocale()));
                } catch (IOException e) {
                    return null;
                }
                return new ModelAndView();
            }
            response.setHeader("Retry-After", "5");
            return new ModelAndView("error/503", org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }

    /** Failures in the filters in front of the controllers (the session, the security rules) and on committing. */
    static final class Filter extends OncePerRequestFilter {

        private final MessageSource messages;
        private final ObjectProvider<ViewResolver> views;

        Filter(MessageSource messages, ObjectProvider<ViewResolver> views) {
            this.messages = messages;
            this.views = views;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!isCause(e) || response.isCommitted()) {
                    throw e;
                }
                log.warn("The database is out of reach: {} answered 503 ({})", request.getRequestURI(), e.getMessage());
                response.resetBuffer();
                Locale locale = request.getLocale();
                if (isApi(request)) {
                    writeProblem(response, messages.getMessage(DETAIL_KEY, null, locale));
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "5");
                render(request, response, locale);
            }
        }

        /** The portal's page, rendered as for an anonymous visitor: who is signed in cannot be read now. */
        private void render(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
            SecurityContext previous = SecurityContextHolder.getContext();
            var anonymous = SecurityContextHolder.createEmptyContext();
            anonymous.setAuthentication(new AnonymousAuthenticationToken("database-unavailable", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            SecurityContextHolder.setContext(anonymous);
            var previousAttributes = RequestContextHolder.getRequestAttributes();
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
            try {
                for (ViewResolver resolver : views.orderedStream().toList()) {
                    View view = resolver.resolveViewName("error/503", locale);
                    if (view != null) {
                        view.render(Map.of("pageLinks", new PageLinks(request)), request, response);
                        return;
                    }
                }
            } catch (Exception e) {
                log.warn("The 503 page could not be rendered, a plain text answers instead", e);
                response.resetBuffer();
            } finally {
                RequestContextHolder.setRequestAttributes(previousAttributes);
                SecurityContextHolder.setContext(previous);
            }
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(messages.getMessage(DETAIL_KEY, null, locale));
        }
    }
}
