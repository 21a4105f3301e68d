package org.repsportal.mentorship;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.repsportal.platform.ProgramGauges;
import org.springframework.stereotype.Component;

/** For operators: how many Reps have waited for a mentor longer than {@code portal.mentorship.orphan-after}. */
@Component
class MentorshipGauges implements MeterBinder {

    private final ProgramGauges gauges;
    private final OrphanWatch orphans;

    MentorshipGauges(ProgramGauges gauges, OrphanWatch orphans) {
        this.gauges = gauges;
        this.orphans = orphans;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        var waiting = gauges.cached(orphans::waitingTooLong);
        Gauge.builder("portal.reps.without.mentor", waiting, w -> w.get().doubleValue())
                .description("Reps without a current mentor for longer than portal.mentorship.orphan-after (7 days)")
                .strongReference(true).register(registry);
    }
}
