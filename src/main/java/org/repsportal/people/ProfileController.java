package org.repsportal.people;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.validation.Valid;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProfileController {

    private final People people;
    private final Profiles profiles;
    private final Catalog catalog;
    private final ObjectProvider<Availability> availability;

    ProfileController(People people, Profiles profiles, Catalog catalog, ObjectProvider<Availability> availability) {
        this.availability = availability;
        this.people = people;
        this.profiles = profiles;
        this.catalog = catalog;
    }

    @InitBinder("profile")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "email", "roles", "status", "joinedOn");
    }

    @GetMapping("/profile")
    String ownProfile(Actor actor) {
        return "redirect:/people/" + actor.personId();
    }

    @GetMapping("/people/{id}")
    String profile(@PathVariable long id, Actor actor, Model model) {
        ProfileView view = profiles.view(actor, id);
        model.addAttribute("profile", view);
        model.addAttribute("canAssignMentor", profiles.mayChangeMentor(actor));
        model.addAttribute("away", availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE)
                .absenceToday(id).orElse(null));
        model.addAttribute("own", actor.is(id));
        model.addAttribute("canErase", Erasure.mayErase(actor, id).allowed()
                && view.status() != PersonStatus.ERASED);
        return "people/profile";
    }

    @GetMapping("/profile/edit")
    String editOwn(Actor actor) {
        return "redirect:/people/" + actor.personId() + "/edit";
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        Person person = people.get(id);
        ProfileEditPolicy.mayEdit(actor, id).orForbid();
        model.addAttribute("profile", ProfileForm.from(person));
        return showForm(person, model);
    }

    @PostMapping("/people/{id}/edit")
    String save(@PathVariable long id, Actor actor, @Valid @ModelAttribute("profile") ProfileForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        Person person = people.get(id);
        ProfileEditPolicy.mayEdit(actor, id).orForbid();
        if (!result.hasErrors()) {
            try {
                people.choosePortalLanguage(actor, id, form.chosenLanguage());
                people.updateProfile(actor, id, form.toChanges());
                redirect.addFlashAttribute("flash", "profile.saved");
                return "redirect:/people/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            }
        }
        return showForm(person, model);
    }

    private String showForm(Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("countries", catalog.countries());
        model.addAttribute("languages", catalog.languages());
        model.addAttribute("areas", catalog.functionalAreas());
        model.addAttribute("portalLanguages", People.PORTAL_LANGUAGES);
        return "people/edit";
    }
}
