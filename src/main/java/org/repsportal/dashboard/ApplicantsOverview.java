package org.repsportal.dashboard;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.repsportal.people.Actor;

/**
 * The applicants a mentor interviews and the new Reps they onboard, for the mentor's Mentorship section, and the
 * applications funnel for the Council's view of the program; provided by the module that holds applications.
 * Without one, these lists stay empty.
 */
public interface ApplicantsOverview {

    /**
     * An interview given to the mentor and not decided yet: the next step is a key suffix (slots, pick, booked,
     * record, decision), with the booked time ({@code at}, in the mentor's zone) or the day it is due ({@code by}).
     */
    record Interview(long applicationId, String applicantName, String state, String nextStep, ZonedDateTime at,
                     LocalDate by) {
    }

    /** A new Rep the mentor onboards: checklist steps done of all, and the Welcome Pack's state. */
    record NewRep(long applicationId, String name, int done, int steps, String packState) {
    }

    record MentorWork(List<Interview> interviews, List<NewRep> onboardings) {

        public boolean isEmpty() {
            return interviews.isEmpty() && onboardings.isEmpty();
        }
    }

    /** One stage of the funnel: how many reached it, and the median days from the stage before (null: none yet). */
    record Stage(String key, long count, Double medianDays) {
    }

    /** An open application, the longest waiting first. */
    record Waiting(long applicationId, String name, String state, long daysWaiting) {
    }

    record Funnel(int months, List<Stage> stages, List<Waiting> waitingLongest) {
    }

    /** The mentor's open interviews and onboardings, in a fixed number of statements. */
    MentorWork workOf(long mentorId);

    /**
     * The funnel over the last months and the applications waiting longest; empty for someone who may not screen
     * applications (an Admin outside the Council).
     */
    Optional<Funnel> funnel(Actor actor, int months);

    /** A new Rep's own onboarding while it runs (steps done of all), for their home; empty when none runs. */
    default Optional<NewRep> onboardingOf(long personId) {
        return Optional.empty();
    }

    ApplicantsOverview NONE = new ApplicantsOverview() {
        @Override
        public MentorWork workOf(long mentorId) {
            return new MentorWork(List.of(), List.of());
        }

        @Override
        public Optional<Funnel> funnel(Actor actor, int months) {
            return Optional.empty();
        }
    };
}
