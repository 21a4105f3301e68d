package org.repsportal.council;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the council module's pages share in their model. */
@ControllerAdvice(basePackageClasses = CouncilPageModel.class)
class CouncilPageModel {

    @ModelAttribute("elapsed")
    ElapsedFormat elapsed() {
        return new ElapsedFormat();
    }
}
