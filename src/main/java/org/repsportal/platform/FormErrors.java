package org.repsportal.platform;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts the field problems a domain check found ({@link InvalidInputException}) on a form's binding result, so
 * the page shows each beside its field: the problem's message key is the error code, in the problems' order.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Each problem on the form field of the same name. */
    public static void copy(InvalidInputException e, BindingResult result) {
        copy(e.problems(), result, UnaryOperator.identity());
    }

    /**
     * Each problem on the form field {@code fieldOf} names for the field the domain names; where it gives
     * {@code null}, on the form as a whole.
     */
    public static void copy(InvalidInputException e, BindingResult result, UnaryOperator<String> fieldOf) {
        copy(e.problems(), result, fieldOf);
    }

    /** As {@link #copy(InvalidInputException, BindingResult, UnaryOperator)}, for problems gathered from several checks. */
    public static void copy(List<FieldProblem> problems, BindingResult result, UnaryOperator<String> fieldOf) {
        for (FieldProblem problem : problems) {
            String field = fieldOf.apply(problem.field());
            if (field == null) {
                result.reject(problem.messageKey());
            } else {
                result.rejectValue(field, problem.messageKey());
            }
        }
    }

    /** Each problem on the form field of the same name where the form has one, otherwise on the form as a whole. */
    public static void copyOrGlobal(InvalidInputException e, BindingResult result) {
        copy(e.problems(), result, field -> result.getTarget() != null
                && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null ? field : null);
    }
}
