package org.repsportal.concerns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.repsportal.platform.ProgramGauges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For operators: how many concerns are open, by how long ago they were raised. Counts only: nothing of what a
 * concern says, who raised it or whom it is about.
 */
@Component
class ConcernGauges implements MeterBinder {

    /** The age buckets: under 2 days, 2 to 7, 7 to 30, over 30. */
    static final List<String> AGES = List.of("under-2-days", "2-to-7-days", "7-to-30-days", "over-30-days");

    private final ProgramGauges gauges;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConcernGauges(ProgramGauges gauges, JdbcClient jdbc, Clock clock) {
        this.gauges = gauges;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        var counts = gauges.cached(this::openByAge);
        for (String age : AGES) {
            Gauge.builder("portal.concerns.open", counts, c -> c.get().get(age).doubleValue())
                    .description("Open concerns (new, acknowledged or in progress) by how long ago they were raised")
                    .tag("age", age).strongReference(true).register(registry);
        }
    }

    /** One statement over the open concerns. */
    Map<String, Long> openByAge() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select count(*) filter (where raised_at > :d2) as d2,
                               count(*) filter (where raised_at <= :d2 and raised_at > :d7) as d7,
                               count(*) filter (where raised_at <= :d7 and raised_at > :d30) as d30,
                               count(*) filter (where raised_at <= :d30) as older
                        from concerns where state in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')""")
                .param("d2", Timestamp.from(now.minus(Duration.ofDays(2))))
                .param("d7", Timestamp.from(now.minus(Duration.ofDays(7))))
                .param("d30", Timestamp.from(now.minus(Duration.ofDays(30))))
                .query((rs, n) -> {
                    var result = new LinkedHashMap<String, Long>();
                    int column = 1;
                    for (String age : AGES) {
                        result.put(age, rs.getLong(column++));
                    }
                    return result;
                })
                .single();
    }
}
