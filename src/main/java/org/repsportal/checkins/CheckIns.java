package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.platform.CommentText;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.Texts;
import org.repsportal.platform.InputChecks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The check-ins module's entry point: planning, holding, feedback; each checked against who may. */
@Service
@Transactional
public class CheckIns {

    static final int MAX_TEXT = 500;

    private final CheckInRepository checkIns;
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;

    CheckIns(CheckInRepository checkIns, Mentorships mentorships, ApplicationEventPublisher events, Texts texts,
             Clock clock) {
        this.texts = texts;
        this.checkIns = checkIns;
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
    }

    /** Plans a check-in with one of the mentor's current mentees; at least one goal is written before it. */
    public CheckIn plan(Actor mentor, PlanCheckIn plan) {
        var problems = new ArrayList<FieldProblem>();
        if (plan.menteeId() == null) {
            problems.add(new FieldProblem("menteeId", "checkin.mentee.required"));
        } else if (!mentorships.currentMenteeIds(mentor.personId()).contains(plan.menteeId())) {
            throw new org.repsportal.platform.ForbiddenException("policy.checkins.own-mentees");
        }
        ZoneId zone = zone(plan.timeZone(), problems);
        if (plan.at() == null) {
            problems.add(new FieldProblem("at", "checkin.at.required"));
        } else if (zone != null && plan.at().atZone(zone).toInstant().isBefore(clock.instant().minusSeconds(3600))) {
            problems.add(new FieldProblem("at", "checkin.at.past"));
        }
        List<String> goals = plan.givenGoals();
        if (goals.isEmpty()) {
            problems.add(new FieldProblem("goals", "checkin.goals.required"));
        } else if (goals.stream().anyMatch(g -> g.length() > MAX_TEXT)) {
            problems.add(new FieldProblem("goals", "checkin.goals.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CheckIn checkIn = checkIns.save(new CheckIn(mentor.personId(), plan.menteeId(), plan.at().atZone(zone).toInstant(),
                zone, goals, clock.instant()));
        events.publishEvent(checkIn.planned());
        return checkIn;
    }

    /** Notes after the check-in; each new follow-up action becomes a task for the mentor about the mentee. */
    public CheckIn recordNotes(Actor actor, long id, CheckInNotes notes) {
        CheckIn checkIn = get(actor, id);
        CheckInAccessPolicy.mayWriteNotes(actor, checkIn).orForbid();
        String text = CommentText.of("notes", notes.notes(), "checkin.notes.required", "checkin.notes.long");
        if (notes.givenFollowUps().stream().anyMatch(f -> f.length() > MAX_TEXT)) {
            throw new InvalidInputException(List.of(new FieldProblem("notes", "checkin.notes.long")));
        }
        boolean wasPlanned = checkIn.getStatus() == CheckInStatus.PLANNED;
        int before = checkIn.getFollowUps().size();
        LocalDate today = LocalDate.now(clock);
        List<String> added = checkIn.recordNotes(text, notes.givenFollowUps(), today, clock.instant());
        checkIn.followUpsAgreed(added, before).ifPresent(events::publishEvent);
        if (wasPlanned) {
            events.publishEvent(checkIn.held());
        }
        return checkIn;
    }

    public CheckIn giveFeedback(Actor actor, long id, String feedback) {
        CheckIn checkIn = get(actor, id);
        CheckInAccessPolicy.mayGiveFeedback(actor, checkIn).orForbid();
        checkIn.giveFeedback(CommentText.of("feedback", feedback, "checkin.feedback.required", "checkin.feedback.long"),
                clock.instant());
        return checkIn;
    }

    /** The mentor cancels a planned check-in; the mentee is told, with the calendar's cancellation. */
    public CheckIn cancel(Actor actor, long id) {
        CheckIn checkIn = get(actor, id);
        CheckInAccessPolicy.mayWriteNotes(actor, checkIn).orForbid();
        events.publishEvent(checkIn.cancel(clock.instant()));
        return checkIn;
    }

    /**
     * The mentor moves a planned check-in to another time (in the given time zone), not in the past; the mentee is
     * told, with the calendar's update of the same invitation.
     */
    public CheckIn move(Actor actor, long id, java.time.LocalDateTime at, String timeZone) {
        CheckIn checkIn = get(actor, id);
        CheckInAccessPolicy.mayWriteNotes(actor, checkIn).orForbid();
        var problems = new ArrayList<FieldProblem>();
        ZoneId zone = zone(timeZone, problems);
        if (at == null) {
            problems.add(new FieldProblem("at", "checkin.at.required"));
        } else if (zone != null && at.atZone(zone).toInstant().isBefore(clock.instant().minusSeconds(3600))) {
            problems.add(new FieldProblem("at", "checkin.at.past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        events.publishEvent(checkIn.reschedule(at.atZone(zone).toInstant(), zone, clock.instant()));
        return checkIn;
    }

    /**
     * A check-in that already happened, written down afterwards by the mentor: with one of their current mentees, on
     * a day not after today (nor at a time still to come), with at least one goal and the notes; each follow-up
     * becomes a task. It counts for the cadence like any check-in held.
     */
    public CheckIn logHeld(Actor mentor, HeldCheckIn held) {
        var problems = new ArrayList<FieldProblem>();
        if (held.menteeId() == null) {
            problems.add(new FieldProblem("menteeId", "checkin.mentee.required"));
        } else if (!mentorships.currentMenteeIds(mentor.personId()).contains(held.menteeId())) {
            throw new org.repsportal.platform.ForbiddenException("policy.checkins.own-mentees");
        }
        ZoneId zone = zone(held.timeZone(), problems);
        if (held.on() == null) {
            problems.add(new FieldProblem("on", "checkin.log.date.required"));
        } else if (zone != null && held.at().atZone(zone).toInstant().isAfter(clock.instant())) {
            problems.add(new FieldProblem("on", "checkin.log.date.future"));
        }
        List<String> goals = held.givenGoals();
        if (goals.isEmpty()) {
            problems.add(new FieldProblem("goals", "checkin.goals.required"));
        } else if (goals.stream().anyMatch(g -> g.length() > MAX_TEXT)) {
            problems.add(new FieldProblem("goals", "checkin.goals.long"));
        }
        String text = null;
        try {
            text = CommentText.of("notes", held.notes(), "checkin.notes.required", "checkin.notes.long");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (held.givenFollowUps().stream().anyMatch(f -> f.length() > MAX_TEXT)) {
            problems.add(new FieldProblem("notes", "checkin.notes.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = clock.instant();
        CheckIn checkIn = new CheckIn(mentor.personId(), held.menteeId(), held.at().atZone(zone).toInstant(), zone, goals, now);
        List<String> added = checkIn.recordNotes(text, held.givenFollowUps(), held.on(), now);
        checkIn = checkIns.save(checkIn);
        checkIn.followUpsAgreed(added, 0).ifPresent(events::publishEvent);
        events.publishEvent(checkIn.held());
        return checkIn;
    }

    /**
     * The mentee moved from one mentor to another: the former mentor's check-ins with them still to come are
     * offered to the new mentor, who takes each over or lets it go. Returns the check-ins offered.
     */
    List<CheckIn> offerToNewMentor(long menteeId, long fromMentorId, long toMentorId) {
        var now = clock.instant();
        List<CheckIn> planned = checkIns.findPlannedAfter(fromMentorId, menteeId, now);
        planned.forEach(checkIn -> checkIn.offerTo(toMentorId, now));
        return planned;
    }

    /** The new mentor takes over a check-in offered to them: same time, same goals, with them as the mentor. */
    public CheckIn takeOver(Actor actor, long id) {
        CheckIn checkIn = get(actor, id);
        CheckInAccessPolicy.mayAnswerOffer(actor, checkIn).orForbid();
        checkIn.takeOver(actor.personId(), clock.instant()).forEach(events::publishEvent);
        return checkIn;
    }

    /** The new mentor lets a check-in offered to them go: it is cancelled, and they plan their own. */
    public CheckIn letGo(Actor actor, long id) {
        CheckIn checkIn = get(actor, id);
        CheckInAccessPolicy.mayAnswerOffer(actor, checkIn).orForbid();
        events.publishEvent(checkIn.letGo(clock.instant()));
        return checkIn;
    }

    /** Offers nobody answered before the check-in's time lapse: those check-ins are cancelled. Returns how many. */
    public int lapseOffers(java.time.Instant now) {
        List<CheckIn> due = checkIns.findOffersDueBy(now);
        for (CheckIn checkIn : due) {
            events.publishEvent(checkIn.letGo(now));
        }
        return due.size();
    }

    /** A check-in for one of its two people; anyone else learns nothing about it. */
    @Transactional(readOnly = true)
    public CheckIn get(Actor actor, long id) {
        // someone else's check-in answers exactly like a missing one, so its existence cannot be probed
        return checkIns.findById(id)
                .filter(checkIn -> CheckInAccessPolicy.mayRead(actor, checkIn).allowed())
                .orElseThrow(() -> new NotFoundException("Check-in", id));
    }

    private static ZoneId zone(String timeZone, List<FieldProblem> problems) {
        if (timeZone == null || timeZone.isBlank()) {
            problems.add(new FieldProblem("timeZone", "checkin.timeZone.required"));
            return null;
        }
        return InputChecks.timeZone(timeZone).orElseGet(() -> {
            problems.add(new FieldProblem("timeZone", "checkin.timeZone.unknown"));
            return null;
        });
    }
}
