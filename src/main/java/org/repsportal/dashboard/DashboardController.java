package org.repsportal.dashboard;

import org.repsportal.platform.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.platform.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.PageResult;
import org.repsportal.reports.ActivityStatistics;
import org.repsportal.tasks.TaskQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DashboardController {

    static final int QUEUE_SIZE = 20;
    static final int LIST_SIZE = 10;
    /** How many of their open tasks a Rep's home lists (a link leads to the rest). */
    static final int HOME_TASKS = 5;

    private final MentorDashboard mentorDashboard;
    private final ProgramOverview program;
    private final Mentorships mentorships;
    private final People people;
    private final ActivityStatistics statistics;
    private final TaskQueries tasks;
    private final MenteeMessages messages;
    private final RepHome repHome;
    private final Clock clock;

    DashboardController(MentorDashboard mentorDashboard, ProgramOverview program, Mentorships mentorships, People people,
                        ActivityStatistics statistics, TaskQueries tasks, MenteeMessages messages, RepHome repHome,
                        Clock clock) {
        this.messages = messages;
        this.repHome = repHome;
        this.mentorDashboard = mentorDashboard;
        this.program = program;
        this.mentorships = mentorships;
        this.people = people;
        this.statistics = statistics;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @InitBinder("message")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("to", "all", "subject", "body");
    }

    /**
     * Emails the chosen mentees. An htmx request gets the "Email mentees" section back, with a fresh form and how many
     * mails went out, or with the form's errors and typed values (422); a browser posting the form goes to the dashboard.
     */
    @PostMapping("/dashboard/messages")
    String emailMentees(Actor actor, @ModelAttribute("message") MessageForm form, BindingResult result, Model model,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
                        RedirectAttributes redirect) {
        try {
            var reach = messages.send(actor, form.toMessage());
            if (htmx != null) {
                model.addAttribute("message", new MessageForm());
                model.addAttribute("messageSent", reach.recipients());
                if (reach.worthTelling()) {
                    model.addAttribute("mailReach", reach);
                }
                return emailSection(actor, model);
            }
            redirect.addFlashAttribute("flash", "mentees.message.sent");
            redirect.addFlashAttribute("flashArg", reach.recipients());
            if (reach.worthTelling()) {
                redirect.addFlashAttribute("mailReach", reach);
            }
            return "redirect:/dashboard";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            if (htmx != null) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return emailSection(actor, model);
            }
            return dashboard(actor, null, model);
        }
    }

    private String emailSection(Actor actor, Model model) {
        model.addAttribute("isMentor", actor.has(Role.MENTOR));
        model.addAttribute("mentees", people.summariesInOrder(mentorships.currentMenteeIds(actor.personId())));
        return "dashboard/dashboard :: emailMentees";
    }

    /** The dashboard; {@code to} chooses the mentee the "Email mentees" form writes to (each row's "Email" link). */
    @GetMapping("/dashboard")
    String dashboard(Actor actor, @RequestParam(required = false) Long to, Model model) {
        if (!model.containsAttribute("message")) {
            var form = new MessageForm();
            if (to != null) {
                form.setTo(new java.util.ArrayList<>(List.of(to)));
            }
            model.addAttribute("message", form);
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("me", people.summaries(List.of(actor.personId())).get(actor.personId()));
        var myStats = statistics.of(List.of(actor.personId()), today).get(actor.personId());
        model.addAttribute("myStats", myStats);
        boolean mentor = actor.has(Role.MENTOR);
        model.addAttribute("isMentor", mentor);
        List<MenteeOverview> mentees = mentor ? mentorDashboard.mentees(actor, actor.personId()) : List.of();
        model.addAttribute("queue", tasks.openFor(actor.personId(), mentor ? QUEUE_SIZE : HOME_TASKS));
        model.addAttribute("openTaskCount", tasks.countOpenFor(actor.personId()));
        if (mentor) {
            model.addAttribute("mentees", mentees);
            model.addAttribute("needsYou", mentorDashboard.needsYou(mentees));
            model.addAttribute("applicantWork", mentorDashboard.applicantWork(actor, actor.personId()));
        }
        if (mentees.isEmpty() && actor.has(Role.REP)) {
            // a Rep's home: what they need of the program, theirs first
            model.addAttribute("home", repHome.of(actor, myStats.lastReportOn()));
        } else {
            mentorships.currentMentorOf(actor.personId())
                    .ifPresent(id -> model.addAttribute("myMentor", people.summaries(List.of(id)).get(id)));
        }
        if (ProgramOverview.mayView(actor).allowed()) {
            model.addAttribute("unmentored", program.repsWithoutActiveMentor(actor, 0, LIST_SIZE));
            var silence = program.silence(actor, LIST_SIZE);
            model.addAttribute("silence", silence);
            model.addAttribute("silent12", silence.longestSince(LocalDate.now(clock).minusMonths(12)));
            model.addAttribute("mentorRows", program.mentors(actor, 0, LIST_SIZE));
            model.addAttribute("fairness", program.fairness(actor));
            model.addAttribute("orphans", program.orphans(actor, 0, LIST_SIZE));
            model.addAttribute("applicationsFunnel", program.applicationsFunnel(actor));
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/unmentored")
    String unmentored(Actor actor, Paging paging, Model model) {
        model.addAttribute("unmentored", program.repsWithoutActiveMentor(actor, paging.number(), PageResult.DEFAULT_SIZE));
        return "dashboard/unmentored";
    }

    @GetMapping("/dashboard/unmentored.csv")
    void exportUnmentored(Actor actor, HttpServletResponse response) {
        ProgramOverview.mayView(actor).orForbid();
        try (var csv = CsvExport.download(response, "without-mentor.csv", "id", "name", "joined_on",
                "former_mentor_id", "former_mentor")) {
            program.forEachUnmentored(actor, r -> csv.row(r.id(), r.displayName(), r.joinedOn(), r.formerMentorId(),
                    r.formerMentorName()));
        }
    }

    /** Reps silent for 6 (default) or 12 months, every one of them. */
    @GetMapping("/dashboard/silent.csv")
    void exportSilent(Actor actor, @RequestParam(defaultValue = "6") String months, HttpServletResponse response) {
        ProgramOverview.mayView(actor).orForbid();
        int since = "12".equals(months) ? 12 : 6;
        try (var csv = CsvExport.download(response, "silent-" + since + "-months.csv", "id", "name", "silent_since")) {
            program.forEachSilent(actor, since, r -> csv.row(r.id(), r.displayName(), r.silentSince()));
        }
    }

    @GetMapping("/dashboard/mentors.csv")
    void exportMentors(Actor actor, HttpServletResponse response) {
        ProgramOverview.mayView(actor).orForbid();
        try (var csv = CsvExport.download(response, "mentors.csv", "id", "name", "mentees", "capacity",
                "inactive_mentees", "over_capacity")) {
            program.forEachMentor(actor, m -> csv.row(m.mentorId(), m.displayName(), m.mentees(), m.capacity(),
                    m.inactiveMentees(), m.overCapacity()));
        }
    }

    @GetMapping("/dashboard/orphans")
    String orphans(Actor actor, Paging paging, Model model) {
        model.addAttribute("orphans", program.orphans(actor, paging.number(), PageResult.DEFAULT_SIZE));
        return "dashboard/orphans";
    }

    @GetMapping("/dashboard/mentors")
    String mentors(Actor actor, Paging paging, Model model) {
        model.addAttribute("mentorRows", program.mentors(actor, paging.number(), PageResult.DEFAULT_SIZE));
        return "dashboard/mentors";
    }
}
