package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.repsportal.mentorship.MentorshipQueries;
import org.repsportal.platform.ProgramGauges;
import org.springframework.stereotype.Component;

/** For operators: how many current mentorships are overdue for a check-in, as the Council's list counts them. */
@Component
class CheckInGauges implements MeterBinder {

    private final ProgramGauges gauges;
    private final CheckInQueries queries;
    private final MentorshipQueries mentorships;
    private final Clock clock;

    CheckInGauges(ProgramGauges gauges, CheckInQueries queries, MentorshipQueries mentorships, Clock clock) {
        this.gauges = gauges;
        this.queries = queries;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // three statements whatever the number of mentorships
        var overdue = gauges.cached(() -> queries.rhythms(mentorships.allCurrentAssignments(), LocalDate.now(clock)).stream()
                .filter(MentorshipRhythm::overdue).count());
        Gauge.builder("portal.checkins.overdue", overdue, o -> o.get().doubleValue())
                .description("Current mentorships whose check-in is overdue")
                .strongReference(true).register(registry);
    }
}
