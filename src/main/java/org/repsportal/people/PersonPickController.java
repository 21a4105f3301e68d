package org.repsportal.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search behind every person picker: the options matching what was typed, as a fragment htmx swaps in. */
@Controller
class PersonPickController {

    private final PersonPicker picker;

    PersonPickController(PersonPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/people/pick")
    String pick(Actor actor, @RequestParam PickPurpose purpose, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", picker.search(actor, purpose, q, null));
        model.addAttribute("searched", q != null && !q.isBlank());
        return "fragments/person-picker :: options";
    }
}
