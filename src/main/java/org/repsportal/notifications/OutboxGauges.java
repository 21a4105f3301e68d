package org.repsportal.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.repsportal.platform.ProgramGauges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For operators: the outbox's backlog (mail queued, not sent yet) and the mail given up on after its retries. */
@Component
class OutboxGauges implements MeterBinder {

    record Counts(long queued, long failed) {
    }

    private final ProgramGauges gauges;
    private final JdbcClient jdbc;

    OutboxGauges(ProgramGauges gauges, JdbcClient jdbc) {
        this.gauges = gauges;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        var counts = gauges.cached(this::counts);
        Gauge.builder("portal.outbox.queued", counts, c -> c.get().queued())
                .description("Mail in the outbox waiting to be sent (first try or a retry)").strongReference(true).register(registry);
        Gauge.builder("portal.outbox.failed", counts, c -> c.get().failed())
                .description("Mail given up on after its retries").strongReference(true).register(registry);
    }

    /** One statement, each count on a partial index of its own. */
    Counts counts() {
        return jdbc.sql("""
                        select (select count(*) from mail_messages where status = 'QUEUED'),
                               (select count(*) from mail_messages where status = 'FAILED')""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }
}
