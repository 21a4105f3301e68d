package org.repsportal.availability;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

import org.repsportal.platform.Decision;

/**
 * The rules an absence must keep, each a named policy that says why when it refuses: the period itself, a
 * Rep's longest absence, no overlap with another absence, a delegate who can stand in, and a plan from a
 * mentor away for long.
 */
final class AbsencePolicies {

    static final int MAX_REASON = 1000;
    static final int MAX_AUTO_REPLY = 2000;
    static final int MAX_PLAN = 4000;

    /** The days away, both inclusive. */
    record Days(LocalDate from, LocalDate to) {

        boolean overlaps(Days other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }
    }

    private AbsencePolicies() {
    }

    /** An absence ends on or after its first day, and not before today (a past absence tells nobody anything). */
    static Decision period(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            return Decision.refuse("absence.to.beforeFrom");
        }
        if (to.isBefore(today)) {
            return Decision.refuse("absence.to.past");
        }
        return Decision.allow();
    }

    /** A Rep who is not a mentor is away at most the configured time (12 weeks). */
    static Decision repLength(LocalDate from, LocalDate to, boolean mentor, Period longest) {
        if (!mentor && to.isAfter(from.plus(longest).minusDays(1))) {
            return Decision.refuse("absence.to.tooLong");
        }
        return Decision.allow();
    }

    /** A mentor away for longer than the configured time (3 months) leaves the Council a way to look after the mentees. */
    static boolean isLongMentorAbsence(LocalDate from, LocalDate to, boolean mentor, Period planAfter) {
        return mentor && to.isAfter(from.plus(planAfter).minusDays(1));
    }

    static Decision longMentorAbsence(boolean longAbsence, boolean reassignmentRequested, String plan) {
        if (longAbsence && !reassignmentRequested && (plan == null || plan.isBlank())) {
            return Decision.refuse("absence.plan.required");
        }
        return Decision.allow();
    }

    /** One absence at a time: the new days may not touch another absence of the same person. */
    static Decision noOverlap(Days days, Collection<Days> others) {
        return others.stream().anyMatch(days::overlaps) ? Decision.refuse("absence.from.overlaps") : Decision.allow();
    }

    /**
     * The delegate is someone else, a current member of the program, and not away during the absence
     * themselves; no delegate at all is allowed.
     */
    static Decision delegate(long personId, Long delegateId, boolean delegateIsCurrentMember, boolean delegateAway) {
        if (delegateId == null) {
            return Decision.allow();
        }
        if (delegateId == personId) {
            return Decision.refuse("absence.delegate.self");
        }
        if (!delegateIsCurrentMember) {
            return Decision.refuse("absence.delegate.notMember");
        }
        if (delegateAway) {
            return Decision.refuse("absence.delegate.away");
        }
        return Decision.allow();
    }
}
