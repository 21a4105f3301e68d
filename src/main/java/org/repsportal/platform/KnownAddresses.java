package org.repsportal.platform;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The addresses the portal's controllers answer, for the error answers that depend on them: an address no
 * controller answers is unknown (404), even where the security rules refused it before any controller was
 * asked; and a browser that asks with GET for the address of a form that only takes POST is sent to the page
 * the form belongs to. (A page that showed a form again with its errors kept the form's address: reloading it
 * from the address bar, switching the page's language or following a bookmark must not answer 405.) That page
 * is the nearest address above it that a page answers: {@code /checkins/7/notes} → {@code /checkins/7}.
 */
@Component
class KnownAddresses {

    private record Known(List<PathPattern> all, List<PathPattern> pages) {
    }

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile Known known;

    KnownAddresses(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Whether a controller answers the path with some method (the actuator's endpoints count as known). */
    boolean isKnown(String path) {
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return true;
        }
        PathContainer container = PathContainer.parsePath(path);
        List<PathPattern> all = known().all();
        return all.isEmpty() || all.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** The address of the page the form at the request's path belongs to (with the request's query), or null. */
    String pageFor(HttpServletRequest request) {
        String context = request.getContextPath();
        String path = ErrorAnswers.pathOf(request).substring(context.length());
        if (path.startsWith("/api/") || path.startsWith("/error")) {
            return null;
        }
        String query = request.getQueryString();
        for (String above = parentOf(path); above != null; above = parentOf(above)) {
            PathContainer container = PathContainer.parsePath(above);
            if (known().pages().stream().anyMatch(pattern -> pattern.matches(container))) {
                return context + above + (query == null || query.isEmpty() ? "" : "?" + query);
            }
        }
        return null;
    }

    private Known known() {
        Known read = known;
        if (read == null) {
            RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
            Map<RequestMappingInfo, HandlerMethod> handlers = mapping == null ? Map.of() : mapping.getHandlerMethods();
            List<PathPattern> all = handlers.keySet().stream()
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                    .filter(pattern -> !pattern.getPatternString().startsWith("/error"))
                    .toList();
            List<PathPattern> pages = handlers.entrySet().stream()
                    .filter(entry -> entry.getKey().getPathPatternsCondition() != null && isPage(entry.getKey(), entry.getValue()))
                    .flatMap(entry -> entry.getKey().getPathPatternsCondition().getPatterns().stream())
                    .filter(pattern -> !pattern.getPatternString().startsWith("/api/")
                            && !pattern.getPatternString().startsWith("/error"))
                    .toList();
            read = new Known(all, pages);
            known = read;
        }
        return read;
    }

    /** A page: answered with GET by a controller that renders a view (not the JSON API, not a download). */
    private static boolean isPage(RequestMappingInfo info, HandlerMethod handler) {
        var methods = info.getMethodsCondition().getMethods();
        Class<?> returned = handler.getReturnType().getParameterType();
        return (methods.isEmpty() || methods.contains(RequestMethod.GET))
                && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)
                && (returned == String.class || returned == ModelAndView.class);
    }

    private static String parentOf(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return null;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash <= 0 ? "/" : trimmed.substring(0, slash);
    }
}
