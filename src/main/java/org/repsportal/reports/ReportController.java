package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.platform.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Paging;
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

@Controller
class ReportController {

    private final Reports reports;
    private final ReportQueries queries;
    private final Catalog catalog;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;
    private final Mentorships mentorships;
    private final Clock clock;

    ReportController(Reports reports, ReportQueries queries, Catalog catalog, People people, Mentorships mentorships, Clock clock, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.reports = reports;
        this.queries = queries;
        this.catalog = catalog;
        this.people = people;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    @InitBinder("report")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "activity", "functionalArea", "description", "link", "location");
    }

    @GetMapping("/reports/new")
    String form(Model model) {
        var form = new ReportForm();
        form.setDate(LocalDate.now(clock));
        model.addAttribute("report", form);
        return showForm(model);
    }

    @PostMapping("/reports")
    String file(Actor actor, @ModelAttribute("report") ReportForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ActivityReport saved = reports.file(actor, form.toReport());
                redirect.addFlashAttribute("flash", "report.saved");
                return "redirect:/reports/" + saved.getId();
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            }
        }
        return showForm(model);
    }

    @GetMapping("/reports")
    String mine(Actor actor, Paging paging, Model model) {
        return personList(actor.personId(), paging, model);
    }

    @GetMapping("/people/{id}/reports")
    String ofPerson(@PathVariable long id, Paging paging, Model model) {
        people.get(id);
        return personList(id, paging, model);
    }

    @GetMapping("/reports/mentees")
    String menteesReports(Actor actor, @RequestParam(required = false) Long mentee, ReportListParams filter,
                          Paging paging, Model model) {
        List<Long> menteeIds = mentorships.currentMenteeIds(actor.personId());
        model.addAttribute("result", queries.list(filter.of(chosen(menteeIds, mentee), catalog), paging.number(),
                PageResult.DEFAULT_SIZE));
        model.addAttribute("unverified", filter.onlyUnverified());
        model.addAttribute("mentees", picker.options(menteeIds));
        model.addAttribute("mentee", mentee);
        YearMonth yearMonth = filter.yearMonth();
        model.addAttribute("month", yearMonth == null ? null : yearMonth.toString());
        model.addAttribute("activity", filter.activityCode(catalog));
        model.addAttribute("activities", catalog.activityTypes());
        return "reports/mentees";
    }

    @GetMapping("/reports.csv")
    void exportMine(Actor actor, HttpServletResponse response) {
        export(new ReportFilter(List.of(actor.personId()), null, null), "reports.csv", queries, response);
    }

    @GetMapping("/people/{id}/reports.csv")
    void exportOfPerson(@PathVariable long id, HttpServletResponse response) {
        people.get(id);
        export(new ReportFilter(List.of(id), null, null), "reports-" + id + ".csv", queries, response);
    }

    /** The mentee reports page's list with its filters, every row. */
    @GetMapping("/reports/mentees.csv")
    void exportMentees(Actor actor, @RequestParam(required = false) Long mentee, ReportListParams filter,
                       HttpServletResponse response) {
        List<Long> menteeIds = mentorships.currentMenteeIds(actor.personId());
        export(filter.of(chosen(menteeIds, mentee), catalog), "mentee-reports.csv", queries, response);
    }

    /** The one mentee chosen, when they are one of the caller's, or all of them when none is. */
    private static List<Long> chosen(List<Long> menteeIds, Long mentee) {
        return mentee == null ? menteeIds : menteeIds.contains(mentee) ? List.of(mentee) : List.of();
    }

    static void export(ReportFilter filter, String filename, ReportQueries queries, HttpServletResponse response) {
        try (var csv = CsvExport.download(response, filename, "id", "date", "person_id", "person", "activity",
                "functional_area", "description", "link", "verified", "comments")) {
            queries.forEach(filter, r -> csv.row(r.id(), r.reportedOn(), r.personId(), r.personName(), r.activityName(),
                    r.areaName(), r.description(), r.link(), r.verified(), r.comments()));
        }
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Actor actor, Model model) {
        ActivityReport report = reports.get(id);
        List<ReportComment> comments = reports.commentsOn(id);
        var ids = new HashSet<Long>();
        ids.add(report.getPersonId());
        comments.forEach(c -> ids.add(c.getAuthorId()));
        if (report.getVerifiedBy() != null) {
            ids.add(report.getVerifiedBy());
        }
        model.addAttribute("item", report);
        model.addAttribute("comments", comments);
        model.addAttribute("names", people.summaries(ids));
        model.addAttribute("activityName", catalog.activityType(report.getActivityCode()).map(Catalog.ActivityType::name).orElse(report.getActivityCode()));
        model.addAttribute("areaName", catalog.areaName(report.getAreaCode()));
        model.addAttribute("canVerify", reports.mayVerify(actor, report).allowed());
        return "reports/report";
    }

    @PostMapping("/reports/{id}/comments")
    String comment(@PathVariable long id, Actor actor, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        try {
            reports.comment(actor, id, body);
            redirect.addFlashAttribute("flash", "report.comment.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("commentError", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("commentBody", body);
        }
        return "redirect:/reports/" + id + "#comments";
    }

    @PostMapping("/reports/{id}/verify")
    String verify(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        reports.verify(actor, id);
        redirect.addFlashAttribute("flash", "report.verified");
        return "redirect:/reports/" + id;
    }

    private String personList(long personId, Paging paging, Model model) {
        PersonSummary person = people.summaries(List.of(personId)).get(personId);
        model.addAttribute("person", person);
        model.addAttribute("result", queries.list(new ReportFilter(List.of(personId), null, null),
                paging.number(), PageResult.DEFAULT_SIZE));
        return "reports/list";
    }

    private String showForm(Model model) {
        model.addAttribute("activities", catalog.activityTypes());
        model.addAttribute("areas", catalog.functionalAreas());
        model.addAttribute("today", LocalDate.now(clock));
        return "reports/new";
    }
}
