package org.repsportal.platform;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything reads a request: a body larger than {@code portal.web.max-body-size} is refused with 413,
 * parameters without a name are dropped, and parameter values lose their control characters ({@link CleanText}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RequestHygieneFilter extends OncePerRequestFilter {

    private final ErrorAnswers answers;
    private final long maxBodyBytes;
    private final long maxUploadBytes;

    RequestHygieneFilter(tools.jackson.databind.json.JsonMapper json,
                         org.springframework.beans.factory.ObjectProvider<WebProperties> properties) {
        this.answers = new ErrorAnswers(json);
        WebProperties limits = properties.getIfAvailable(WebProperties::defaults);
        this.maxBodyBytes = limits.maxBodySize().toBytes();
        this.maxUploadBytes = limits.maxUploadSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? maxUploadBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            answers.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes.");
            return;
        }
        chain.doFilter(new CleanParameters(request), response);
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> clean = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String cleanName = CleanText.of(name);
                    if (cleanName != null && !cleanName.isBlank()) {
                        String[] cleanValues = new String[values.length];
                        for (int i = 0; i < values.length; i++) {
                            cleanValues[i] = CleanText.of(values[i]);
                        }
                        clean.merge(cleanName, cleanValues, (a, b) -> {
                            String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                            System.arraycopy(b, 0, both, a.length, b.length);
                            return both;
                        });
                    }
                });
                parameters = Collections.unmodifiableMap(clean);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
