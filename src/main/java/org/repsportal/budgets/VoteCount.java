package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counting a Council vote: an outcome wins with a majority of the whole Council (not of those who voted). One day
 * before the end without a majority, the vote is extended once; at its end without one, the request goes back for changes.
 */
final class VoteCount {

    enum Step { NONE, DECIDED, EXTEND, CLOSE_WITHOUT_MAJORITY }

    private VoteCount() {
    }

    static Optional<Outcome> majority(Collection<Vote> votes, int electorate) {
        var counts = new EnumMap<Outcome, Integer>(Outcome.class);
        votes.forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > electorate).map(Map.Entry::getKey).findFirst();
    }

    /** The amount of a partial approval that won: the smallest amount among its majority, which all of them accept. */
    static BigDecimal partialAmount(Collection<Vote> votes) {
        return votes.stream().filter(v -> v.outcome() == Outcome.PARTLY_APPROVED && v.amount() != null)
                .map(Vote::amount).min(BigDecimal::compareTo).orElse(null);
    }

    static Step next(Collection<Vote> votes, int electorate, Instant endsAt, boolean extended, Instant now) {
        if (majority(votes, electorate).isPresent()) {
            return Step.DECIDED;
        }
        if (!now.isBefore(endsAt)) {
            return Step.CLOSE_WITHOUT_MAJORITY;
        }
        if (!extended && !now.isBefore(endsAt.minus(Duration.ofDays(1)))) {
            return Step.EXTEND;
        }
        return Step.NONE;
    }
}
