package org.repsportal.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repsportal.dashboard.ApplicantsOverview;
import org.repsportal.dashboard.CheckInDates;
import org.repsportal.people.Actor;
import org.repsportal.platform.InputChecks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard shows of applications: a mentor's open interviews with their next step and the onboardings
 * they mentor with the checklist's progress (three statements at most), and the Council's funnel (two).
 */
@Component
@Transactional(readOnly = true)
class ApplicantsDashboard implements ApplicantsOverview {

    private final JdbcClient jdbc;
    private final ApplicationQueries queries;
    private final ApplicationsProperties properties;
    private final ObjectProvider<CheckInDates> checkIns;
    private final Clock clock;

    ApplicantsDashboard(JdbcClient jdbc, ApplicationQueries queries, ApplicationsProperties properties,
                        ObjectProvider<CheckInDates> checkIns, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.properties = properties;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @Override
    public MentorWork workOf(long mentorId) {
        Instant now = clock.instant();
        List<Interview> interviews = jdbc.sql("""
                        select a.id, a.name, a.state, a.interview_due_on, a.waiting_on_applicant_since, m.time_zone,
                               (select s.starts_at from application_slots s
                                 where s.application_id = a.id and s.picked and not s.withdrawn limit 1) as booked,
                               exists (select 1 from application_slots s where s.application_id = a.id and not s.withdrawn) as offered,
                               exists (select 1 from application_scorecards c
                                 where c.application_id = a.id and c.reviewer_id = a.interviewer_id) as recorded
                        from applications a join people m on m.id = a.interviewer_id
                        where a.interviewer_id = ? and a.state = 'INTERVIEW'
                        order by a.interview_due_on, a.id""")
                .param(mentorId)
                .query((rs, n) -> {
                    Timestamp booked = rs.getTimestamp("booked");
                    Timestamp waiting = rs.getTimestamp("waiting_on_applicant_since");
                    java.sql.Date due = rs.getDate("interview_due_on");
                    ZoneId zone = InputChecks.timeZone(rs.getString("time_zone")).orElse(ZoneOffset.UTC);
                    String step;
                    LocalDate by = null;
                    if (rs.getBoolean("recorded")) {
                        step = "decision";
                    } else if (booked != null) {
                        step = booked.toInstant().isAfter(now) ? "booked" : "record";
                    } else if (rs.getBoolean("offered")) {
                        step = "pick";
                        by = waiting == null ? null
                                : waiting.toInstant().plus(properties.silenceClosure()).atZone(ZoneOffset.UTC).toLocalDate();
                    } else {
                        step = "slots";
                        by = due == null ? null : due.toLocalDate();
                    }
                    return new Interview(rs.getLong("id"), rs.getString("name"), rs.getString("state"), step,
                            booked == null ? null : booked.toInstant().atZone(zone), by);
                })
                .list();
        record Row(long id, String name, long personId, int ticked, boolean received, String pack, Instant since) {
        }
        List<Row> rows = jdbc.sql("""
                        select a.id, a.name, a.person_id, a.onboarding_at, w.state as pack, w.received_at is not null as received,
                               (a.agreement_accepted_at is not null)::int + (a.profile_completed_at is not null)::int
                                   + (a.lists_joined_at is not null)::int as ticked
                        from applications a join welcome_packs w on w.application_id = a.id
                        where a.mentor_id = ? and a.state = 'ONBOARDING'
                        order by a.onboarding_at, a.id""")
                .param(mentorId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getLong("person_id"), rs.getInt("ticked"),
                        rs.getBoolean("received"), rs.getString("pack"), rs.getTimestamp("onboarding_at").toInstant()))
                .list();
        Map<Long, CheckInDates.Dates> dates = rows.isEmpty() ? Map.of()
                : checkIns.getIfAvailable(() -> CheckInDates.NONE).of(mentorId, rows.stream().map(Row::personId).toList());
        List<NewRep> onboardings = rows.stream().map(r -> {
            CheckInDates.Dates d = dates.get(r.personId());
            boolean orientation = Onboarding.orientationHeld(d == null ? null : d.last(), r.since(), properties.onboardingWithin());
            int done = r.ticked() + (orientation ? 1 : 0) + (r.received() ? 1 : 0);
            return new NewRep(r.id(), r.name(), done, Onboarding.STEPS, r.pack());
        }).toList();
        return new MentorWork(interviews, onboardings);
    }

    @Override
    public Optional<NewRep> onboardingOf(long personId) {
        record Row(long id, String name, long mentorId, int ticked, boolean received, String pack, Instant since) {
        }
        Optional<Row> row = jdbc.sql("""
                        select a.id, a.name, a.mentor_id, a.onboarding_at, w.state as pack, w.received_at is not null as received,
                               (a.agreement_accepted_at is not null)::int + (a.profile_completed_at is not null)::int
                                   + (a.lists_joined_at is not null)::int as ticked
                        from applications a join welcome_packs w on w.application_id = a.id
                        where a.person_id = ? and a.state = 'ONBOARDING'
                        order by a.onboarding_at desc, a.id desc limit 1""")
                .param(personId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getLong("mentor_id"), rs.getInt("ticked"),
                        rs.getBoolean("received"), rs.getString("pack"), rs.getTimestamp("onboarding_at").toInstant()))
                .optional();
        return row.map(r -> {
            CheckInDates.Dates d = checkIns.getIfAvailable(() -> CheckInDates.NONE).of(r.mentorId(), List.of(personId)).get(personId);
            boolean orientation = Onboarding.orientationHeld(d == null ? null : d.last(), r.since(), properties.onboardingWithin());
            int done = r.ticked() + (orientation ? 1 : 0) + (r.received() ? 1 : 0);
            return new NewRep(r.id(), r.name(), done, Onboarding.STEPS, r.pack());
        });
    }

    @Override
    public Optional<Funnel> funnel(Actor actor, int months) {
        if (ApplicationAccessPolicy.mayScreen(actor).refused()) {
            return Optional.empty();
        }
        ApplicationQueries.Funnel funnel = queries.funnel(actor, months);
        return Optional.of(new Funnel(months,
                funnel.stages().stream().map(s -> new Stage(s.key(), s.count(), s.medianDays())).toList(),
                funnel.waitingLongest().stream().map(i -> new Waiting(i.id(), i.name(), i.state().name(), i.daysWaiting())).toList()));
    }
}
