package org.repsportal.concerns;

/**
 * Which concerns the Council's queue shows.
 *
 * @param state    one state; null with {@code openOnly} false for every state
 * @param openOnly new, acknowledged and in progress (ignored when a state is given)
 * @param category one category, or null for all
 */
record ConcernQueueFilter(ConcernState state, boolean openOnly, ConcernCategory category) {

    public static ConcernQueueFilter open() {
        return new ConcernQueueFilter(null, true, null);
    }
}
