package org.repsportal.feedback;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.Directory;
import org.repsportal.people.DirectoryQuery;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Admins' page of each functional area's contacts: the contacts with a remove button, and a search of the
 * directory (name, country, roles) whose every match may be added to the chosen area.
 */
@Controller
class FeedbackContactsController {

    static final int MATCHES = 10;
    private static final String PAGE = "/admin/feedback/contacts";

    private final FeedbackDesk desk;
    private final Directory directory;
    private final Catalog catalog;

    FeedbackContactsController(FeedbackDesk desk, Directory directory, Catalog catalog) {
        this.desk = desk;
        this.directory = directory;
        this.catalog = catalog;
    }

    @GetMapping(PAGE)
    String contacts(Actor actor, @RequestParam(required = false) String area, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("contacts", desk.contacts(actor));
        String chosen = area != null && catalog.isFunctionalArea(area) ? area : null;
        String text = q == null ? "" : q.strip();
        List<?> matches = text.length() < 2 ? List.of()
                : directory.search(new DirectoryQuery(text, null, null, null), 0, MATCHES).items();
        model.addAttribute("areas", catalog.functionalAreas());
        model.addAttribute("area", chosen);
        List<Catalog.FunctionalArea> areas = catalog.functionalAreas();
        model.addAttribute("target", areas.stream().filter(a -> a.code().equals(chosen)).findFirst().orElse(areas.get(0)));
        model.addAttribute("q", text);
        model.addAttribute("searched", text.length() >= 2);
        model.addAttribute("matches", matches);
        model.addAttribute("countries", catalog);
        return "feedback/contacts";
    }

    @PostMapping(PAGE)
    String add(Actor actor, @RequestParam(required = false) String area, @RequestParam(required = false) Long personId,
               @RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
        try {
            desk.addContact(actor, area, personId);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.problems().get(0).messageKey());
            return contacts(actor, area, q, model);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", e.reasonKey());
            return contacts(actor, area, q, model);
        }
        redirect.addFlashAttribute("flash", "feedback.contacts.added");
        return "redirect:" + UriComponentsBuilder.fromPath(PAGE).queryParam("area", area).queryParam("q", q == null ? "" : q)
                .encode().build().toUriString();
    }

    @PostMapping(PAGE + "/remove")
    String remove(Actor actor, @RequestParam(required = false) String area, @RequestParam(required = false) Long personId,
                  Model model, RedirectAttributes redirect) {
        try {
            desk.removeContact(actor, area, personId);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.problems().get(0).messageKey());
            return contacts(actor, null, null, model);
        }
        redirect.addFlashAttribute("flash", "feedback.contacts.removed");
        return "redirect:" + PAGE;
    }
}
