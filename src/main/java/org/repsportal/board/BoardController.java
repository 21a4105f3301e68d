package org.repsportal.board;

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

/** The mentors' board: threads, replies, following. */
@Controller
class BoardController {

    private final MentorsBoard board;

    BoardController(MentorsBoard board) {
        this.board = board;
    }

    @InitBinder({"post", "reply"})
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("title", "body");
    }

    @GetMapping("/board")
    String threads(Actor actor, Paging paging, Model model) {
        model.addAttribute("result", board.threads(actor, paging.number(), PageResult.DEFAULT_SIZE));
        return "board/threads";
    }

    @GetMapping("/board/new")
    String form(Actor actor, Model model) {
        BoardAccessPolicy.mayUse(actor).orForbid();
        model.addAttribute("post", new PostForm());
        return "board/new";
    }

    @PostMapping("/board")
    String start(Actor actor, @ModelAttribute("post") PostForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            BoardThread thread = board.start(actor, form.toPost());
            redirect.addFlashAttribute("flash", "board.started");
            return "redirect:/board/" + thread.getId();
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "board/new";
        }
    }

    @GetMapping("/board/{id}")
    String thread(@PathVariable long id, Actor actor, Paging paging, Model model) {
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new PostForm());
        }
        model.addAttribute("item", board.thread(actor, id, paging.number(), PageResult.DEFAULT_SIZE));
        return "board/thread";
    }

    @PostMapping("/board/{id}/replies")
    String reply(@PathVariable long id, Actor actor, @ModelAttribute("reply") PostForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        try {
            var replied = board.replyTelling(actor, id, form.getBody());
            redirect.addFlashAttribute("flash", "board.replied");
            if (replied.reach().worthTelling()) {
                redirect.addFlashAttribute("mailReach", replied.reach());
            }
            var thread = board.thread(actor, id, 0, PageResult.DEFAULT_SIZE);
            int lastPage = Math.max(0, thread.replies().totalPages() - 1);
            return "redirect:/board/" + id + (lastPage > 0 ? "?page=" + lastPage : "") + "#replies";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return thread(id, actor, Paging.first(), model);
        }
    }

    @PostMapping("/board/{id}/follow")
    String follow(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        board.follow(actor, id);
        redirect.addFlashAttribute("flash", "board.following");
        return "redirect:/board/" + id;
    }

    @PostMapping("/board/{id}/unfollow")
    String unfollow(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        board.unfollow(actor, id);
        redirect.addFlashAttribute("flash", "board.unfollowed");
        return "redirect:/board/" + id;
    }
}
