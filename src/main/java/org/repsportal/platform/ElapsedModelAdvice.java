package org.repsportal.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Lets every page say a duration as ${elapsed.of(duration)} and draw avatars with ${avatar.initials(name)}. */
@ControllerAdvice(annotations = Controller.class)
class ElapsedModelAdvice {

    @ModelAttribute("elapsed")
    ElapsedFormat elapsed() {
        return new ElapsedFormat();
    }

    @ModelAttribute("avatar")
    AvatarFormat avatar() {
        return new AvatarFormat();
    }
}
