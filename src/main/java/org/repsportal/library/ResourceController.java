package org.repsportal.library;

import org.repsportal.platform.Paging;
import org.repsportal.people.Actor;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Community resources: the list by topic, adding a link, flagging it outdated, and the Council's moderation. */
@Controller
class ResourceController {

    private final CommunityResources resources;

    ResourceController(CommunityResources resources) {
        this.resources = resources;
    }

    @InitBinder("resource")
    void resourceFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "url", "topic", "note");
    }

    @GetMapping("/library/resources")
    String list(Actor actor, Paging paging, Model model) {
        var listed = resources.listed(paging.number(), PageResult.DEFAULT_SIZE);
        model.addAttribute("resources", listed);
        model.addAttribute("resourcesByTopic", ResourceGroups.byTopic(listed.items()));
        model.addAttribute("canModerate", LibraryPolicy.mayModerate(actor).allowed());
        model.addAttribute("canContribute", LibraryPolicy.mayContribute(actor).allowed());
        return "library/resources";
    }

    @GetMapping("/library/resources/new")
    String form(Actor actor, Model model) {
        LibraryPolicy.mayContribute(actor).orForbid();
        model.addAttribute("resource", new ResourceForm());
        return showForm(model);
    }

    @PostMapping("/library/resources")
    String add(Actor actor, @ModelAttribute("resource") ResourceForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                resources.add(actor, form.toResource());
                redirect.addFlashAttribute("flash", "library.resource.saved");
                return "redirect:/library#resources";
            } catch (InvalidInputException e) {
                FormErrors.copyOrGlobal(e, result);
            }
        }
        return showForm(model);
    }

    @PostMapping("/library/resources/{id}/flag")
    String flag(@PathVariable long id, Actor actor, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        resources.flagOutdated(actor, id, note);
        redirect.addFlashAttribute("flash", "library.resource.flagged");
        return "redirect:/library#resource-" + id;
    }

    @PostMapping("/library/resources/{id}/clear-flag")
    String clearFlag(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        resources.clearFlag(actor, id);
        return moderated(redirect);
    }

    @PostMapping("/library/resources/{id}/approve")
    String approve(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        resources.approve(actor, id);
        return moderated(redirect);
    }

    @PostMapping("/library/resources/{id}/hide")
    String hide(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        resources.hide(actor, id);
        return moderated(redirect);
    }

    private static String moderated(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "library.resource.moderated");
        return "redirect:/library/review#moderation";
    }

    private static String showForm(Model model) {
        model.addAttribute("topics", ResourceTopic.values());
        return "library/resource-new";
    }
}
