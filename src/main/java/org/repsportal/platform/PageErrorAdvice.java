package org.repsportal.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages show refusals, unknown things and conflicts in the portal's own look, with the reason. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageErrorAdvice {

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException ex) {
        return page("error/403", HttpStatus.FORBIDDEN, ex.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page("error/404", HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView staleVersion() {
        return page("error/409", HttpStatus.CONFLICT, "error.409.stale");
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ModelAndView illegalTransition(IllegalTransitionException ex) {
        return page("error/409", HttpStatus.CONFLICT, ex.reasonKey());
    }

    private static ModelAndView page(String view, HttpStatus status, String reasonKey) {
        var page = new ModelAndView(view, status);
        page.addObject("reason", reasonKey);
        return page;
    }
}
