package org.repsportal.events;

import org.repsportal.platform.Paging;
import java.util.ArrayList;

import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.PersonOption;
import org.repsportal.people.PersonPicker;
import org.repsportal.people.PickPurpose;
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

@Controller
class EventController {

    private final Events events;
    private final EventQueries queries;
    private final Catalog catalog;
    private final People people;
    private final PersonPicker picker;

    EventController(Events events, EventQueries queries, Catalog catalog, People people, PersonPicker picker) {
        this.events = events;
        this.picker = picker;
        this.queries = queries;
        this.catalog = catalog;
        this.people = people;
    }

    @InitBinder("event")
    void eventFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "type", "startsOn", "endsOn", "timeZone", "online", "venue", "expectedAttendance",
                "goals", "agendaTimes*", "agendaTitles*", "metricNames*", "metricExpected*", "coOrganiserIds*", "clonedFrom");
    }

    @GetMapping("/events")
    String list(Actor actor, @RequestParam(required = false) Boolean mine, Paging paging, Model model) {
        model.addAttribute("result", queries.list(Boolean.TRUE.equals(mine) ? actor.personId() : null, null, null,
                paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("mine", Boolean.TRUE.equals(mine));
        return "events/list";
    }

    @GetMapping("/events/new")
    String newForm(Actor actor, @RequestParam(required = false) Long from, Model model) {
        EventForm form = from == null ? new EventForm() : EventForm.from(events.cloneOf(from));
        if (form.getTimeZone() == null) {
            form.setTimeZone(people.get(actor.personId()).getTimeZone());
        }
        model.addAttribute("event", form);
        return showForm(actor, form, model);
    }

    @PostMapping("/events")
    String plan(Actor actor, @ModelAttribute("event") EventForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = events.plan(actor, form.toNewEvent());
                redirect.addFlashAttribute("flash", "event.planned");
                return "redirect:/events/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, field -> formFieldOf(result, field));
            }
        }
        return showForm(actor, form, model);
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        Event event = events.find(id);
        var ids = new ArrayList<Long>();
        ids.add(event.getOwnerId());
        ids.addAll(event.getCoOrganiserIds());
        model.addAttribute("event", event);
        model.addAttribute("typeName", catalog.eventTypeName(event.getTypeCode()));
        model.addAttribute("organisers", people.summariesInOrder(ids));
        model.addAttribute("isOwner", actor.is(event.getOwnerId()));
        return "events/event";
    }

    @InitBinder("organisers")
    void organiserFields(WebDataBinder binder) {
        binder.setAllowedFields("coOrganiserIds*");
    }

    @GetMapping("/events/{id}/co-organisers")
    String coOrganisersForm(@PathVariable long id, Actor actor, Model model) {
        Event event = events.find(id);
        EventAccessPolicy.mayChange(actor, event).orForbid();
        var form = new EventForm();
        form.setCoOrganiserIds(new ArrayList<>(event.getCoOrganiserIds()));
        return showCoOrganisers(actor, event, form, model);
    }

    @PostMapping("/events/{id}/co-organisers")
    String coOrganisers(@PathVariable long id, Actor actor, @ModelAttribute("organisers") EventForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        Event event = events.find(id);
        EventAccessPolicy.mayChange(actor, event).orForbid();
        if (!result.hasErrors()) {
            try {
                events.changeCoOrganisers(actor, id, form.getCoOrganiserIds());
                redirect.addFlashAttribute("flash", "event.coOrganisers.saved");
                return "redirect:/events/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copyOrGlobal(e, result);
            } catch (org.repsportal.platform.IllegalTransitionException e) {
                result.reject(e.reasonKey());
            }
        }
        return showCoOrganisers(actor, event, form, model);
    }

    private String showCoOrganisers(Actor actor, Event event, EventForm form, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("organisers", form);
        coOrganiserPicker(actor, form, model);
        return "events/co-organisers";
    }

    @GetMapping("/events/{id}/outcomes")
    String outcomesForm(@PathVariable long id, Actor actor, Model model) {
        Event event = events.find(id);
        EventAccessPolicy.mayChange(actor, event).orForbid();
        if (!model.containsAttribute("outcomes")) {
            var form = new OutcomesForm();
            form.setActualAttendance(event.getActualAttendance());
            form.setActuals(new ArrayList<>(event.getMetrics().stream().map(m -> m.actual() == null ? "" : m.actual()).toList()));
            form.setReached(new ArrayList<>(event.getMetrics().stream().map(m -> Boolean.TRUE.equals(m.reached())).toList()));
            model.addAttribute("outcomes", form);
        }
        model.addAttribute("event", event);
        return "events/outcomes";
    }

    @InitBinder("outcomes")
    void outcomeFields(WebDataBinder binder) {
        binder.setAllowedFields("actualAttendance", "actuals*", "reached*");
    }

    @PostMapping("/events/{id}/outcomes")
    String outcomes(@PathVariable long id, Actor actor, @ModelAttribute("outcomes") OutcomesForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        Event event = events.find(id);
        if (!result.hasErrors()) {
            try {
                events.recordOutcomes(actor, id, form.toOutcomes(event.getMetrics().size()));
                redirect.addFlashAttribute("flash", "event.outcomes.saved");
                return "redirect:/events/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, field -> formFieldOf(result, field));
            }
        }
        model.addAttribute("event", event);
        return "events/outcomes";
    }

    /** The form's field for a field the service names; none (a problem of the whole form) for the co-organisers and the original. */
    private static String formFieldOf(BindingResult result, String field) {
        return switch (field) {
            case "agenda" -> result.getObjectName().equals("outcomes") ? "actuals" : "agendaTitles";
            case "metrics" -> result.getObjectName().equals("outcomes") ? "actuals" : "metricNames";
            case "coOrganiserIds", "clonedFrom" -> null;
            default -> field;
        };
    }

    private String showForm(Actor actor, EventForm form, Model model) {
        model.addAttribute("types", catalog.eventTypes());
        coOrganiserPicker(actor, form, model);
        return "events/new";
    }

    private void coOrganiserPicker(Actor actor, EventForm form, Model model) {
        // the co-organisers chosen so far, each on its own row, then empty rows; their options are the first people
        // by name and those chosen (with JavaScript, typing a name finds anyone)
        var chosen = form.getCoOrganiserIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        var rows = new ArrayList<Long>(chosen);
        while (rows.size() < Math.max(EventForm.CO_ORGANISER_ROWS, chosen.size() + 1)) {
            rows.add(null);
        }
        var options = new java.util.LinkedHashMap<Long, PersonOption>();
        picker.options(chosen).forEach(o -> options.put(o.id(), o));
        picker.search(actor, PickPurpose.ANYONE, null, null).forEach(o -> options.putIfAbsent(o.id(), o));
        model.addAttribute("coOrganiserRows", rows);
        model.addAttribute("coOrganiserOptions", new ArrayList<>(options.values()));
    }
}
