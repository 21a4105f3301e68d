package org.repsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.repsportal.budgets.BudgetSweeps;
import org.repsportal.budgets.Budgets;
import org.repsportal.budgets.CouncilDecision;
import org.repsportal.budgets.MentorReview;
import org.repsportal.budgets.NewBudget;
import org.repsportal.budgets.Outcome;
import org.repsportal.budgets.Receipts;
import org.repsportal.budgets.ReviewPoint;
import org.repsportal.budgets.Verdict;
import org.repsportal.events.EventOutcomes;
import org.repsportal.events.Events;
import org.repsportal.events.NewEvent;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Events and budgets through the modules' own services: past meetups with outcomes and closed budgets to compare
 * against; rep@example.org's request waiting for mentor@example.org's review (catering far above the usual, a travel
 * line, untimed agenda items); a larger request in a Council vote; one Rep whose receipts are overdue.
 */
@Component
class DemoBudgets {

    private final Events events;
    private final Budgets budgets;
    private final Receipts receipts;
    private final BudgetSweeps sweeps;
    private final Mentorships mentorships;
    private final People people;
    private final Clock clock;

    DemoBudgets(Events events, Budgets budgets, Receipts receipts, BudgetSweeps sweeps, Mentorships mentorships,
                People people, Clock clock) {
        this.events = events;
        this.budgets = budgets;
        this.receipts = receipts;
        this.sweeps = sweeps;
        this.mentorships = mentorships;
        this.people = people;
        this.clock = clock;
    }

    void seed(DemoProgram.Cast cast) {
        LocalDate today = LocalDate.now(clock);
        List<Long> council = new java.util.ArrayList<>(cast.councilMembers());
        council.add(0, cast.council());
        var owners = new java.util.ArrayList<Long>();
        owners.add(cast.rep());
        // not the mentor's other mentees: their outcomes would file reports and hide who has gone quiet
        cast.reps().stream().filter(r -> !cast.mentorsMentees().contains(r))
                .filter(r -> mentorships.currentMentorOf(r).isPresent()).limit(4).forEach(owners::add);
        // past events with outcomes and closed budgets
        for (int i = 0; i < 8; i++) {
            long owner = owners.get(i % owners.size());
            LocalDate on = today.minusDays(12L + 8L * i);
            int expected = 25 + 5 * (i % 4);
            long event = event(owner, "Community meetup #" + (i + 1), on, expected, true);
            events.recordOutcomes(actor(owner), event, new EventOutcomes(expected - 6 + 3 * (i % 4), List.of(
                    new EventOutcomes.Outcome(String.valueOf(expected - 5 + 3 * (i % 4)), i % 4 != 0),
                    new EventOutcomes.Outcome(String.valueOf(5 + i), i % 3 != 0),
                    new EventOutcomes.Outcome(String.valueOf(1 + i % 3), true))));
            long id = granted(owner, event, council, String.valueOf(expected), "3." + (20 + 10 * (i % 5)), "0." + (40 + 5 * i));
            sweeps.runDue();
            receipts.write(actor(owner), id, Receipts.Kind.STATEMENT, "The snack receipt was lost; the shop confirmed the amount by mail.",
                    String.valueOf(expected * 3 - 7 * (i % 3)), null);
            receipts.write(actor(owner), id, Receipts.Kind.REPORT, "Good turnout; the talks on privacy drew most questions.");
            receipts.finish(actor(owner), id);
        }
        // a Rep whose receipts are overdue: event 100 days ago, budget granted, nothing uploaded
        long late = cast.reps().stream().filter(r -> !cast.mentorsMentees().contains(r)).filter(r -> mentorships.currentMentorOf(r).isPresent() && !owners.contains(r))
                .findFirst().orElse(cast.reps().get(0));
        long lateEvent = event(late, "Campus launch party", today.minusDays(100), 40, false);
        granted(late, lateEvent, council, "40", "4.50", "0.60");
        sweeps.runDue();
        // rep@example.org's request waiting for mentor@example.org's review
        long repEvent = event(cast.rep(), "Privacy hackathon Pune", today.plusDays(35), 30, false);
        long waiting = budgets.draft(actor(cast.rep()), new NewBudget(repEvent, "EUR", List.of(
                new NewBudget.Line("VENUE", "Co-working space, one day", "1", "150.00"),
                new NewBudget.Line("CATERING", "Lunch and dinner from a caterer", "30", "22.50"),
                new NewBudget.Line("PRINTING", "Posters and stickers", "30", "0.50"),
                new NewBudget.Line("TRAVEL", "Train for the guest speaker from Mumbai", "2", "35.00")),
                null, "The co-working space asked a fee; no caterer answered our request for a discount.",
                "The guest speaker leads the privacy track and lives in Mumbai."));
        budgets.submit(actor(cast.rep()), waiting);
        // a larger request in a Council vote
        Optional<Long> voter = cast.mentorsMentees().size() > 1 ? Optional.of(cast.mentorsMentees().get(1)) : Optional.empty();
        voter.ifPresent(owner -> {
            long big = event(owner, "Regional localization summit", today.plusDays(50), 60, true);
            long id = budgets.draft(actor(owner), new NewBudget(big, "EUR", List.of(
                    new NewBudget.Line("VENUE", "University hall", "1", "300.00"),
                    new NewBudget.Line("CATERING", "Lunch, two days", "120", "4.00"),
                    new NewBudget.Line("SWAG", "T-shirts for volunteers", "20", "9.00")),
                    "The university lends the hall at a discount; a local company sponsors coffee.", null, null));
            budgets.submit(actor(owner), id);
            mentorships.currentMentorOf(owner).ifPresent(m -> budgets.review(actor(m), id, allOk("A well-prepared summit.")));
        });
    }

    private long event(long owner, String name, LocalDate on, int expected, boolean timed) {
        return events.plan(actor(owner), new NewEvent(name, "MEETUP", on, on, people.get(owner).getTimeZone(), false,
                "Community centre", expected, "Bring new contributors in and show what the community does.",
                List.of(new NewEvent.Item("17:00", "Welcome and introductions"),
                        new NewEvent.Item(timed ? "17:30" : null, "Talks"),
                        new NewEvent.Item(timed ? "18:30" : null, "Hands-on session"),
                        new NewEvent.Item("19:30", "Wrap-up")),
                List.of(new NewEvent.Target("Attendees", String.valueOf(expected)), new NewEvent.Target("New contributors", "8"),
                        new NewEvent.Target("Blog posts", "2")), Set.of(), null));
    }

    /** A small budget, granted: the Council excuses the (past) lead time, the mentor passes it, a reviewer approves. */
    private long granted(long owner, long event, List<Long> council, String attendees, String cateringUnit, String printingUnit) {
        long id = budgets.draft(actor(owner), new NewBudget(event, "EUR", List.of(
                new NewBudget.Line("CATERING", "Snacks and drinks", attendees, cateringUnit),
                new NewBudget.Line("PRINTING", "Flyers", attendees, printingUnit)),
                "The community centre lends its room for free.", null, null));
        Long mentor = mentorships.currentMentorOf(owner).orElse(null);
        long decider = council.stream().filter(c -> !c.equals(mentor) && c != owner).findFirst().orElseThrow();
        budgets.grantLeadTimeException(actor(decider), id, "Recorded from the program's earlier budget process.");
        budgets.submit(actor(owner), id);
        if (mentor != null) {
            budgets.review(actor(mentor), id, allOk("Modest and well planned."));
        }
        budgets.decide(actor(decider), id, new CouncilDecision(Outcome.APPROVED, null, "A modest budget for a proven format."));
        return id;
    }

    private Actor actor(long personId) {
        return people.actorFor(personId).orElseThrow();
    }

    private static MentorReview allOk(String rationale) {
        var marks = new java.util.EnumMap<ReviewPoint, MentorReview.Mark>(ReviewPoint.class);
        for (ReviewPoint p : ReviewPoint.values()) {
            marks.put(p, new MentorReview.Mark(Verdict.OK, null));
        }
        return new MentorReview(marks, rationale, true);
    }
}
