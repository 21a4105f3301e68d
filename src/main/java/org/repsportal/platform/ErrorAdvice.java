package org.repsportal.platform;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last word on any failure that the module-specific advice did not answer, for pages, the API and
 * requests that matched no handler at all (unknown path, wrong method, media type): a problem for API
 * clients, a page in the portal's look for browsers ({@link ErrorAnswers}); never a 500 for bad input.
 * A browser asking with GET for the address of a form that only takes POST is sent to the form's page
 * ({@link KnownAddresses}). Also caps indexed form fields ({@code goals[99999]}) for every binder.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorAdvice.class);

    private final ErrorAnswers answers;
    private final MessageSource messages;
    private final int maxIndexedItems;
    private final org.springframework.beans.factory.ObjectProvider<KnownAddresses> addresses;

    ErrorAdvice(tools.jackson.databind.json.JsonMapper json, MessageSource messages,
                org.springframework.beans.factory.ObjectProvider<WebProperties> properties,
                org.springframework.beans.factory.ObjectProvider<KnownAddresses> addresses) {
        this.answers = new ErrorAnswers(json);
        this.messages = messages;
        this.addresses = addresses;
        this.maxIndexedItems = properties.getIfAvailable(WebProperties::defaults).maxIndexedItems();
    }

    @InitBinder
    void limitIndexedFields(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(maxIndexedItems);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView answer(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean api = ErrorAnswers.wantsProblem(request);
        if (!api && (ex instanceof org.springframework.security.core.AuthenticationException
                || ex instanceof org.springframework.security.access.AccessDeniedException)) {
            throw ex; // the security filters send a browser to the sign-in page or show the refusal
        }
        if (!api && ex instanceof HttpRequestMethodNotSupportedException unsupported && isRead(request)
                && unsupported.getSupportedHttpMethods() != null
                && unsupported.getSupportedHttpMethods().contains(org.springframework.http.HttpMethod.POST)) {
            // the address of a form (kept by a page that showed the form again with its errors): its page
            // (a web slice in tests has no handler mappings to read, hence no known addresses)
            KnownAddresses known = addresses.getIfAvailable();
            String page = known == null ? null : known.pageFor(request);
            if (page != null) {
                var redirect = new org.springframework.web.servlet.view.RedirectView(page, false);
                redirect.setStatusCode(HttpStatus.SEE_OTHER);
                redirect.setExposeModelAttributes(false);
                return new ModelAndView(redirect);
            }
        }
        ProblemDetail problem = problemFor(ex);
        if (problem.getStatus() >= 500) {
            log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
        }
        if (ex instanceof ErrorResponse framework) {
            framework.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        if (api) {
            answers.write(response, problem);
            return null;
        }
        return ErrorPages.page(problem.getStatus(), reasonOf(ex));
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    ProblemDetail problemFor(Exception ex) {
        if (ex instanceof org.springframework.dao.DataIntegrityViolationException && isTextTooLong(ex)) {
            // a text longer than its column that no rule of the module caught: bad input, not a failure
            return ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    "A text in the request is longer than the portal keeps.");
        }
        if (ex instanceof InvalidInputException invalid) {
            return ErrorAnswers.invalid(invalid.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", text(p.messageKey()))).toList());
        }
        if (ex instanceof BindException binding) {
            return ErrorAnswers.invalid(binding.getBindingResult().getAllErrors().stream()
                    .map(error -> Map.of("field", error instanceof FieldError f ? f.getField() : error.getObjectName(),
                            "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                    .toList());
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return invalidField(mismatch.getName(), "typeMismatch");
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return invalidField(mismatch.getPropertyName(), "typeMismatch");
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return invalidField(missing.getParameterName(), "NotBlank");
        }
        if (ex instanceof InvalidPropertyException property) {
            return invalidField(property.getPropertyName(), "input.tooMany");
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            String field = ErrorAnswers.fieldOf(unreadable);
            return field != null ? invalidField(field, "typeMismatch")
                    : ErrorAnswers.problem(HttpStatus.BAD_REQUEST, "The request body could not be read as JSON.");
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return ErrorAnswers.problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
        }
        if (ex instanceof ForbiddenException forbidden) {
            return ErrorAnswers.problem(HttpStatus.FORBIDDEN, text(forbidden.getMessage()));
        }
        if (ex instanceof NotFoundException notFound) {
            return ErrorAnswers.problem(HttpStatus.NOT_FOUND, notFound.getMessage());
        }
        if (ex instanceof RuleViolationException rule) {
            return ErrorAnswers.problem(HttpStatus.UNPROCESSABLE_CONTENT, text(rule.reasonKey()));
        }
        if (ex instanceof IllegalTransitionException transition) {
            return ErrorAnswers.problem(HttpStatus.CONFLICT, text(transition.reasonKey()));
        }
        if (ex instanceof ObjectOptimisticLockingFailureException) {
            return ErrorAnswers.problem(HttpStatus.CONFLICT, "Someone else changed this in the meantime; reload and try again.");
        }
        if (ex instanceof org.springframework.security.core.AuthenticationException) {
            return ErrorAnswers.problem(HttpStatus.UNAUTHORIZED,
                    "Sign in or send a personal access token as Authorization: Bearer.");
        }
        if (ex instanceof org.springframework.security.access.AccessDeniedException) {
            return ErrorAnswers.problem(HttpStatus.FORBIDDEN, "You may not do this.");
        }
        if (ex instanceof ErrorResponse framework) {
            return framework.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        }
        return ErrorAnswers.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The portal could not finish this request; nothing was changed.");
    }

    private static String reasonOf(Exception ex) {
        if (ex instanceof IllegalTransitionException transition) {
            return transition.reasonKey();
        }
        if (ex instanceof ObjectOptimisticLockingFailureException) {
            return "error.409.stale";
        }
        return null;
    }

    private ProblemDetail invalidField(String field, String messageKey) {
        return ErrorAnswers.invalid(List.of(Map.of("field", field == null ? "" : field, "message", text(messageKey))));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** PostgreSQL's "value too long for type" (SQLState 22001), anywhere in the causes. */
    private static boolean isTextTooLong(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
