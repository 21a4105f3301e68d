package org.repsportal.platform;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container forwards to when a failure happened outside a controller (a refusal by the security
 * rules, a body the server would not take, an exception in a filter): the same answers as {@link ErrorAdvice},
 * a problem for API clients and a page in the portal's look for browsers. An expired or missing CSRF token
 * gets a page asking to sign in again; an address no controller answers is not found (404), also where the
 * security rules refused it first.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 405, 409, 413, 500);

    private final ErrorAnswers answers;
    private final KnownAddresses addresses;

    ErrorPages(tools.jackson.databind.json.JsonMapper json, KnownAddresses addresses) {
        this.answers = new ErrorAnswers(json);
        this.addresses = addresses;
    }

    static ModelAndView page(int status, String reasonKey) {
        var page = new ModelAndView(OWN_PAGES.contains(status) ? "error/" + status : "error", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("reason", reasonKey);
        return page;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = statusOf(request);
        Object refusal = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        if (status == 403 && refusal != null && !(refusal instanceof CsrfException)
                && !addresses.isKnown(ErrorAnswers.pathOf(request).substring(request.getContextPath().length()))) {
            // the security rules deny what no rule lets through; for an address nothing answers, that is not found
            status = 404;
        }
        if (ErrorAnswers.wantsProblem(request)) {
            answers.write(response, ErrorAnswers.problem(HttpStatus.valueOf(status), detailOf(status)));
            return null;
        }
        if (status == 403 && refusal instanceof CsrfException) {
            var page = new ModelAndView("error/csrf", HttpStatus.FORBIDDEN);
            page.addObject("status", status);
            return page;
        }
        return page(status, null);
    }

    /** The status of the failure forwarded here; asked for directly, there is nothing at this address. */
    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return 404;
        }
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        return 500;
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 401 -> "Sign in or send a personal access token as Authorization: Bearer.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 413 -> "The request body is too large.";
            case 500 -> "The portal could not finish this request; nothing was changed.";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }
}
