package org.repsportal.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant's timeline: submitted, references, screening, interview, decision, onboarding; each step done,
 * current or to come, and for the current one on whom it waits and by when.
 */
record Timeline(List<Step> steps) {

    enum Status { DONE, CURRENT, UPCOMING, SKIPPED }

    /** {@code waitsOn} is a message key suffix (applicant, referees, council, mentor, newRep) or null. */
    record Step(String key, Status status, String waitsOn, LocalDate by, Instant doneAt) {
    }

    static Timeline of(Application a, List<Referee> referees, List<InterviewSlot> slots, boolean interviewed,
                       ApplicationsProperties properties) {
        var steps = new ArrayList<Step>();
        ApplicationState s = a.getState();
        boolean closed = s == ApplicationState.WITHDRAWN || s == ApplicationState.CLOSED_NO_REPLY;

        if (a.getSubmittedAt() != null) {
            steps.add(new Step("submitted", Status.DONE, null, null, a.getSubmittedAt()));
        } else {
            steps.add(new Step("submitted", closed ? Status.SKIPPED : Status.CURRENT, closed ? null : "applicant",
                    day(a.getCreatedAt().plus(properties.silenceClosure())), null));
        }

        Instant firstAnswer = referees.stream().map(Referee::getAnsweredAt).filter(x -> x != null).min(Instant::compareTo).orElse(null);
        Instant lastRequested = referees.stream().map(Referee::getRequestedAt).filter(x -> x != null).max(Instant::compareTo).orElse(null);
        if (firstAnswer != null) {
            steps.add(new Step("references", Status.DONE, null, null, firstAnswer));
        } else if (a.getSubmittedAt() != null && !closed) {
            steps.add(new Step("references", Status.CURRENT, "referees",
                    lastRequested == null ? null : day(lastRequested.plus(properties.refereeReminder().multipliedBy(Referee.MAX_REMINDERS + 1))), null));
        } else {
            steps.add(new Step("references", closed ? Status.SKIPPED : Status.UPCOMING, null, null, null));
        }

        if (a.getInterviewAt() != null) {
            steps.add(new Step("screening", Status.DONE, null, null, a.getInterviewAt()));
        } else if (s == ApplicationState.SCREENING || s == ApplicationState.SUBMITTED) {
            steps.add(new Step("screening", Status.CURRENT, "council", null, null));
        } else {
            steps.add(new Step("screening", closed || a.getDecidedAt() != null ? Status.SKIPPED : Status.UPCOMING, null, null, null));
        }

        if (s == ApplicationState.INTERVIEW && !interviewed) {
            InterviewSlot picked = slots.stream().filter(InterviewSlot::isPicked).findFirst().orElse(null);
            if (picked != null) {
                steps.add(new Step("interview.booked", Status.CURRENT, "mentor", day(picked.getStartsAt()), null));
            } else if (!slots.isEmpty()) {
                steps.add(new Step("interview.pick", Status.CURRENT, "applicant",
                        day(a.getWaitingOnApplicantSince().plus(properties.silenceClosure())), null));
            } else {
                steps.add(new Step("interview.slots", Status.CURRENT, "mentor", a.getInterviewDueOn(), null));
            }
        } else if (interviewed) {
            steps.add(new Step("interview", Status.DONE, null, null, null));
        } else {
            steps.add(new Step("interview", closed || a.getDecidedAt() != null ? Status.SKIPPED : Status.UPCOMING, null, null, null));
        }

        if (a.getDecidedAt() != null) {
            steps.add(new Step("decision." + a.getOutcome().name(), Status.DONE, null, null, a.getDecidedAt()));
        } else if (s == ApplicationState.INTERVIEW && interviewed) {
            steps.add(new Step("decision", Status.CURRENT, properties.mentorDecides() ? "mentor" : "council", null, null));
        } else {
            steps.add(new Step("decision", closed ? Status.SKIPPED : Status.UPCOMING, null, null, null));
        }

        if (s == ApplicationState.COMPLETED) {
            steps.add(new Step("onboarding", Status.DONE, null, null, a.getCompletedAt()));
        } else if (s == ApplicationState.ONBOARDING) {
            steps.add(new Step("onboarding", Status.CURRENT, "newRep", day(a.getOnboardingAt().plus(properties.onboardingWithin())), null));
        } else {
            steps.add(new Step("onboarding", a.getOutcome() != null && a.getOutcome() != Outcome.ACCEPTED || closed
                    ? Status.SKIPPED : Status.UPCOMING, null, null, null));
        }
        return new Timeline(List.copyOf(steps));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
