package org.repsportal.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Readings for the portal's own gauges: each module measures what it owns with one query, and a scrape reads the
 * value kept for {@code portal.metrics.cache-for}, so that however often metrics are scraped, the query runs at most
 * once in that time.
 */
@Component
public class ProgramGauges {

    private final MetricsProperties properties;
    private final Clock clock;

    ProgramGauges(MetricsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A reading of {@code query}, taken again only once the last one is older than the cache time. */
    public <T> Supplier<T> cached(Supplier<T> query) {
        return new Reading<>(query);
    }

    private final class Reading<T> implements Supplier<T> {

        private final Supplier<T> query;
        private T value;
        private Instant takenAt;

        Reading(Supplier<T> query) {
            this.query = query;
        }

        @Override
        public synchronized T get() {
            Instant now = clock.instant();
            if (takenAt == null || !now.isBefore(takenAt.plus(properties.cacheFor())) || now.isBefore(takenAt)) {
                value = query.get();
                takenAt = now;
            }
            return value;
        }
    }
}
