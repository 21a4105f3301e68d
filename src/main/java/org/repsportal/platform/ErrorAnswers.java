package org.repsportal.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a failure is answered, decided once: under {@code /api/} and for clients that ask for JSON rather than
 * HTML, an RFC 9457 problem; for browsers, a page in the portal's look.
 */
public class ErrorAnswers {

    private final JsonMapper json;

    ErrorAnswers(JsonMapper json) {
        this.json = json;
    }

    /** Whether the request is the API's or its client asks for JSON before HTML: then it is answered with a problem. */
    public static boolean wantsProblem(HttpServletRequest request) {
        String path = pathOf(request);
        if (path.startsWith(request.getContextPath() + "/api/") || path.equals(request.getContextPath() + "/api")
                || path.startsWith(request.getContextPath() + "/v3/api-docs")) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(request.getHeader("Accept"));
        } catch (RuntimeException unreadable) {
            return false;
        }
        org.springframework.util.MimeTypeUtils.sortBySpecificity(accepted);
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType() && !type.isWildcardSubtype()
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) && !type.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }

    /** The path the client asked for, also while the container forwards to the error page. */
    static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return original instanceof String uri && StringUtils.hasText(uri) ? uri : request.getRequestURI();
    }

    /** The JSON field a body could not be read at, as {@code goals[2]} or {@code lines[0].quantity}, if known. */
    static String fieldOf(Throwable unreadable) {
        for (Throwable t = unreadable; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
                var field = new StringBuilder();
                for (var reference : json.getPath()) {
                    if (reference.getPropertyName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return field.isEmpty() ? null : field.toString();
            }
        }
        return null;
    }

    static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return problem;
    }

    static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes the problem straight to the response, for failures found before any controller runs. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        if (!wantsProblem(request)) {
            response.sendError(status.value());
            return;
        }
        write(response, problem(status, detail));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle() != null ? problem.getTitle()
                : HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(json.writeValueAsString(body));
        response.flushBuffer();
    }
}
