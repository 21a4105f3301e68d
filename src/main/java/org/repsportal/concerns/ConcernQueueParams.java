package org.repsportal.concerns;

import java.util.Arrays;

/**
 * The Council queue's filters, read once for the page and the API: {@code state} is open (also when missing or
 * unknown), all, or one state; {@code category} one category (none when unknown).
 */
record ConcernQueueParams(String state, String category) {

    ConcernQueueFilter filter() {
        ConcernState one = oneState();
        return new ConcernQueueFilter(one, one == null && !"all".equals(state), oneCategory());
    }

    ConcernCategory oneCategory() {
        return ConcernCategory.parse(category).orElse(null);
    }

    /** The state as the page's filter shows it. */
    String stateName() {
        ConcernQueueFilter filter = filter();
        return filter.state() != null ? filter.state().name() : filter.openOnly() ? "open" : "all";
    }

    private ConcernState oneState() {
        return Arrays.stream(ConcernState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
    }
}
