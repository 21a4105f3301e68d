package org.repsportal.library;

import org.repsportal.platform.Paging;
import org.repsportal.library.LibraryViews.PageView;
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

/** The library's pages: the list, one page at a version, its history, edits suggested, flags and reviews. */
@Controller
class LibraryController {

    static final int RESOURCES_ON_INDEX = 50;

    private final Library library;
    private final LibraryQueries queries;
    private final CommunityResources resources;

    LibraryController(Library library, LibraryQueries queries, CommunityResources resources) {
        this.library = library;
        this.queries = queries;
        this.resources = resources;
    }

    @InitBinder("suggestion")
    void suggestionFields(WebDataBinder binder) {
        binder.setAllowedFields("baseVersion", "body", "note");
    }

    @InitBinder("newPage")
    void pageFields(WebDataBinder binder) {
        binder.setAllowedFields("slug", "title", "summary", "body");
    }

    @InitBinder("flag")
    void flagFields(WebDataBinder binder) {
        binder.setAllowedFields("note");
    }

    @GetMapping("/library")
    String index(Actor actor, Paging paging, Model model) {
        model.addAttribute("pages", queries.pages(paging.number(), PageResult.DEFAULT_SIZE));
        var listed = resources.listed(0, RESOURCES_ON_INDEX);
        model.addAttribute("resources", listed);
        model.addAttribute("resourcesByTopic", ResourceGroups.byTopic(listed.items()));
        model.addAttribute("canEdit", LibraryPolicy.mayEdit(actor).allowed());
        model.addAttribute("canContribute", LibraryPolicy.mayContribute(actor).allowed());
        return "library/index";
    }

    @GetMapping("/library/{slug}")
    String page(@PathVariable String slug, @RequestParam(required = false) Integer version, Actor actor, Model model) {
        model.addAttribute("flag", new NoteForm());
        return showPage(slug, version, actor, model);
    }

    @PostMapping("/library/{slug}/read")
    String read(@PathVariable String slug, @RequestParam int version, Actor actor, RedirectAttributes redirect) {
        library.recordRead(actor, slug, version);
        redirect.addFlashAttribute("flash", "library.read.saved");
        return "redirect:/library/" + slug + "?version=" + version;
    }

    @PostMapping("/library/{slug}/flag")
    String flag(@PathVariable String slug, Actor actor, @ModelAttribute("flag") NoteForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        try {
            library.flagOutdated(actor, slug, form.getNote());
            redirect.addFlashAttribute("flash", "library.flag.saved");
            return "redirect:/library/" + slug;
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            return showPage(slug, null, actor, model);
        }
    }

    @PostMapping("/library/{slug}/reviewed")
    String reviewed(@PathVariable String slug, Actor actor, RedirectAttributes redirect) {
        library.markReviewed(actor, slug);
        redirect.addFlashAttribute("flash", "library.reviewed.saved");
        return "redirect:/library/" + slug;
    }

    @GetMapping("/library/{slug}/history")
    String history(@PathVariable String slug, Paging paging, Model model) {
        SopPage sopPage = library.get(slug);
        model.addAttribute("sopPage", sopPage);
        model.addAttribute("versions", queries.history(slug, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("suggestions", queries.suggestionsFor(slug, 0, PageResult.DEFAULT_SIZE));
        return "library/history";
    }

    @GetMapping("/library/{slug}/suggest")
    String suggestForm(@PathVariable String slug, Actor actor, Model model) {
        LibraryPolicy.mayContribute(actor).orForbid();
        PageView current = library.page(slug, null);
        var form = new SuggestionForm();
        form.setBaseVersion(current.version());
        form.setBody(current.markdown());
        model.addAttribute("suggestion", form);
        model.addAttribute("sopPage", current);
        return "library/suggest";
    }

    @PostMapping("/library/{slug}/suggestions")
    String suggest(@PathVariable String slug, Actor actor, @ModelAttribute("suggestion") SuggestionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            long id = library.suggest(actor, slug, form.toSuggestion()).getId();
            redirect.addFlashAttribute("flash", "library.suggestion.saved");
            return "redirect:/library/suggestions/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            model.addAttribute("sopPage", library.page(slug, null));
            return "library/suggest";
        }
    }

    @GetMapping("/library/new")
    String newPageForm(Actor actor, Model model) {
        LibraryPolicy.mayEdit(actor).orForbid();
        model.addAttribute("newPage", new PageForm());
        return "library/new-page";
    }

    @PostMapping("/library")
    String createPage(Actor actor, @ModelAttribute("newPage") PageForm form, BindingResult result,
                      RedirectAttributes redirect) {
        try {
            SopPage page = library.createPage(actor, form.toPage());
            redirect.addFlashAttribute("flash", "library.page.saved");
            return "redirect:/library/" + page.getSlug();
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            return "library/new-page";
        }
    }

    @GetMapping("/library/review")
    String review(Actor actor, Paging paging, Model model) {
        LibraryPolicy.mayEdit(actor).orForbid();
        model.addAttribute("pending", queries.pendingSuggestions(paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("due", queries.dueForReview(0, PageResult.DEFAULT_SIZE));
        model.addAttribute("moderation", resources.forModeration(actor, 0, PageResult.DEFAULT_SIZE));
        return "library/review";
    }

    private String showPage(String slug, Integer version, Actor actor, Model model) {
        PageView view = library.page(slug, version);
        model.addAttribute("sopPage", view);
        model.addAttribute("readAt", library.readAt(actor.personId(), view.pageId(), view.version()).orElse(null));
        model.addAttribute("canEdit", LibraryPolicy.mayEdit(actor).allowed());
        model.addAttribute("canContribute", LibraryPolicy.mayContribute(actor).allowed());
        return "library/page";
    }
}
