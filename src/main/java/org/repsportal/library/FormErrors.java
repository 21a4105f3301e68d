package org.repsportal.library;

import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts the domain's field problems on a form's binding result. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(InvalidInputException e, BindingResult result) {
        for (FieldProblem problem : e.problems()) {
            if (result.getTarget() != null && hasField(result, problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey());
            } else {
                result.reject(problem.messageKey());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null;
    }
}
