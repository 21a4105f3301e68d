package org.repsportal.orientation;

import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Puts the domain's field problems on a form's binding result. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(InvalidInputException e, BindingResult result) {
        for (FieldProblem problem : e.problems()) {
            if (result.getTarget() != null
                    && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), problem.field()) != null) {
                result.rejectValue(problem.field(), problem.messageKey());
            } else {
                result.reject(problem.messageKey());
            }
        }
    }
}
