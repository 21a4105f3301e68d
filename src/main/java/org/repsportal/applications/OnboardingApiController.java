package org.repsportal.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON twin of the onboarding pages: the checklist, the mentor and the Welcome Pack with its history, and the
 * same steps the pages take, for the new Rep, their mentor and the Council (the service decides who may).
 */
@RestController
@RequestMapping("/api/v1/onboardings")
@Tag(name = "Onboarding", description = "A new Rep's onboarding checklist and Welcome Pack")
class OnboardingApiController {

    record ItemJson(String key, boolean done, Instant at) {
    }

    record PersonJson(long id, String name) {
    }

    record PackStepJson(String step, String state, Long by, Instant at) {
    }

    record PackJson(String state, String address, boolean addressConfirmed, String contents, String sizes, String customsValue,
                    String carrier, String trackingNumber, int shipments, Instant receivedAt, List<PackStepJson> history) {
    }

    record OnboardingJson(long id, String state, PersonJson newRep, PersonJson mentor, List<ItemJson> checklist, int done,
                          int steps, boolean complete, LocalDate dueOn, boolean overdue, PackJson welcomePack) {
    }

    record ListItemJson(long id, String name, String state, Instant submittedAt) {
    }

    record ListJson(List<ListItemJson> items) {
    }

    record MentorRequest(Long mentorId) {
    }

    record PackRequest(String address, Boolean addressConfirmed, String contents, String sizes, String customsValue) {
    }

    record ShipRequest(String carrier, String trackingNumber) {
    }

    private final Onboarding onboarding;
    private final ApplicationQueries queries;
    private final People people;

    OnboardingApiController(Onboarding onboarding, ApplicationQueries queries, People people) {
        this.onboarding = onboarding;
        this.queries = queries;
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "The onboardings the caller takes part in, as new Rep or mentor (the Council: all), newest first")
    ListJson list(Actor actor) {
        return new ListJson(queries.onboardingsOf(actor).stream()
                .map(i -> new ListItemJson(i.id(), i.name(), i.state().name(), i.submittedAt())).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One onboarding: the checklist items with when each was done, the mentor, the Welcome Pack and its history")
    OnboardingJson get(Actor actor, @PathVariable long id) {
        return json(onboarding.get(actor, id));
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "The new Rep ticks off a step: agreement, profile or lists")
    OnboardingJson tick(Actor actor, @PathVariable long id, @PathVariable String step) {
        Onboarding.Step which;
        try {
            which = Onboarding.Step.valueOf(step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Onboarding step", step);
        }
        return json(onboarding.tick(actor, id, which));
    }

    @PostMapping("/{id}/mentor")
    @Operation(summary = "The Council gives the new Rep another mentor, who then sends the Welcome Pack")
    OnboardingJson mentor(Actor actor, @PathVariable long id, @RequestBody(required = false) MentorRequest body) {
        return json(onboarding.changeMentor(actor, id, body == null ? null : body.mentorId()));
    }

    @PostMapping("/{id}/welcome-pack")
    @Operation(summary = "The mentor prepares the Welcome Pack: the address (confirmed by the new Rep), contents, sizes, customs value")
    OnboardingJson prepare(Actor actor, @PathVariable long id, @RequestBody(required = false) PackRequest body) {
        PackRequest r = body == null ? new PackRequest(null, null, null, null, null) : body;
        onboarding.preparePack(actor, id, r.address(), Boolean.TRUE.equals(r.addressConfirmed()), r.contents(), r.sizes(),
                r.customsValue());
        return json(onboarding.get(actor, id));
    }

    @PostMapping("/{id}/welcome-pack/ship")
    @Operation(summary = "The mentor ships the Welcome Pack (again, after a return) with the carrier and a tracking number")
    OnboardingJson ship(Actor actor, @PathVariable long id, @RequestBody(required = false) ShipRequest body) {
        ShipRequest r = body == null ? new ShipRequest(null, null) : body;
        onboarding.ship(actor, id, r.carrier(), r.trackingNumber());
        return json(onboarding.get(actor, id));
    }

    @PostMapping("/{id}/welcome-pack/delivered")
    @Operation(summary = "The mentor records that the carrier delivered the Welcome Pack")
    OnboardingJson delivered(Actor actor, @PathVariable long id) {
        onboarding.markDelivered(actor, id);
        return json(onboarding.get(actor, id));
    }

    @PostMapping("/{id}/welcome-pack/returned")
    @Operation(summary = "The mentor records that the Welcome Pack came back; it may be prepared and shipped again")
    OnboardingJson returned(Actor actor, @PathVariable long id) {
        onboarding.markReturned(actor, id);
        return json(onboarding.get(actor, id));
    }

    @PostMapping("/{id}/welcome-pack/received")
    @Operation(summary = "The new Rep confirms the Welcome Pack arrived; the mentor's task closes")
    OnboardingJson received(Actor actor, @PathVariable long id) {
        onboarding.confirmReceipt(actor, id);
        return json(onboarding.get(actor, id));
    }

    private OnboardingJson json(Application a) {
        Onboarding.Checklist list = onboarding.checklist(a);
        WelcomePack pack = onboarding.pack(a);
        var items = List.of(
                new ItemJson("agreement", list.agreement(), a.getAgreementAcceptedAt()),
                new ItemJson("profile", list.profile(), a.getProfileCompletedAt()),
                new ItemJson("orientation", list.orientation(), null),
                new ItemJson("lists", list.lists(), a.getListsJoinedAt()),
                new ItemJson("welcomePack", list.pack(), pack.getReceivedAt()));
        var history = onboarding.packHistory(a).stream()
                .map(e -> new PackStepJson(e.step().name(), e.state().name(), e.by(), e.at())).toList();
        var names = people.summaries(List.of(a.getPersonId(), a.getMentorId()));
        return new OnboardingJson(a.getId(), a.getState().name(),
                new PersonJson(a.getPersonId(), names.get(a.getPersonId()).displayName()),
                new PersonJson(a.getMentorId(), names.get(a.getMentorId()).displayName()),
                items, list.done(), Onboarding.STEPS, list.complete(), list.dueOn(), list.overdue(),
                new PackJson(pack.getState().name(), pack.getAddress(), pack.isAddressConfirmed(), pack.getContents(), pack.getSizes(),
                        pack.getCustomsValue(), pack.getCarrier(), pack.getTrackingNumber(), pack.getShipments(), pack.getReceivedAt(),
                        history));
    }
}
