package org.repsportal.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.events.EventFacts;
import org.repsportal.events.EventHistory;
import org.repsportal.events.Events;
import org.repsportal.events.PastEvent;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.reports.ActivityStatistics;
import org.repsportal.reports.ActivityStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes the evidence beside each of the SOP's six review points, in a fixed number of statements. */
@Component
@Transactional(readOnly = true)
class ReviewEvidence {

    static final int PAST = 10;
    static final int FEW_ITEMS = 3;
    static final int EXCERPT = 300;

    private final Events events;
    private final EventHistory history;
    private final ActivityStatistics activity;
    private final BudgetsProperties properties;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;
    private final PortalLinks portalLinks;

    ReviewEvidence(Events events, EventHistory history, ActivityStatistics activity, BudgetsProperties properties,
                   JdbcClient jdbc, Texts texts, Clock clock, PortalLinks portalLinks) {
        this.portalLinks = portalLinks;
        this.events = events;
        this.history = history;
        this.activity = activity;
        this.properties = properties;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    ReviewSheet sheetFor(BudgetRequest request) {
        var rates = new ExchangeRates(properties);
        EventFacts event = events.facts(request.getEventId());
        LocalDate today = LocalDate.now(clock);
        List<PastEvent> own = history.pastOf(request.getRequesterId(), event.startsOn(), PAST);
        List<PastEvent> similar = history.similarTo(event, today, PAST);
        var points = new ArrayList<ReviewSheet.Point>();

        // 1. metrics against past outcomes
        var metricsEvidence = new ArrayList<String>();
        var metricsFlags = new ArrayList<String>();
        var ownDone = own.stream().filter(PastEvent::outcomesRecorded).toList();
        if (ownDone.isEmpty()) {
            metricsEvidence.add(texts.get("budget.evidence.metrics.noOwn"));
            metricsFlags.add("no-past-outcomes");
        } else {
            long reached = ownDone.stream().filter(PastEvent::reachedAttendance).count();
            metricsEvidence.add(texts.get("budget.evidence.metrics.own", reached, ownDone.size()));
            int mReached = ownDone.stream().mapToInt(PastEvent::metricsReached).sum();
            int mAll = ownDone.stream().mapToInt(PastEvent::metrics).sum();
            metricsEvidence.add(texts.get("budget.evidence.metrics.ownMetrics", mReached, mAll));
            if (reached * 2 < ownDone.size()) {
                metricsFlags.add("attendance-targets-missed");
            }
        }
        if (similar.isEmpty()) {
            metricsEvidence.add(texts.get("budget.evidence.metrics.noSimilar"));
        } else {
            long reached = similar.stream().filter(PastEvent::reachedAttendance).count();
            metricsEvidence.add(texts.get("budget.evidence.metrics.similar", reached, similar.size()));
            double avg = similar.stream().mapToInt(p -> p.actualAttendance()).average().orElse(0);
            metricsEvidence.add(texts.get("budget.evidence.metrics.similarAttendance", Math.round(avg), event.expectedAttendance()));
            if (event.expectedAttendance() > 2 * avg) {
                metricsFlags.add("attendance-above-similar");
            }
        }
        metricsEvidence.add(texts.get("budget.evidence.metrics.count", event.metrics()));
        points.add(new ReviewSheet.Point(ReviewPoint.METRICS.key(), metricsEvidence, metricsFlags, List.of()));

        // 2. lessons from similar past events: links to their outcomes
        var links = new ArrayList<ReviewSheet.Link>();
        var past = new ArrayList<PastEvent>(own);
        similar.stream().filter(p -> past.stream().noneMatch(o -> o.id() == p.id())).forEach(past::add);
        Map<Long, Long> activityReports = activityReports(past);
        Map<Long, String> postEventReports = postEventReports(past);
        past.forEach(p -> links.add(new ReviewSheet.Link(p.id(), p.name(), p.outcomesRecorded(), activityReports.get(p.id()),
                postEventReports.get(p.id()))));
        var lessonsEvidence = new ArrayList<String>();
        lessonsEvidence.add(texts.get("budget.evidence.lessons", own.size(), similar.size()));
        points.add(new ReviewSheet.Point(ReviewPoint.LESSONS.key(), lessonsEvidence,
                links.isEmpty() ? List.of("no-similar-events") : List.of(), links));

        // 3. savings
        if (request.getSavingsSought() != null) {
            points.add(new ReviewSheet.Point(ReviewPoint.SAVINGS.key(),
                    List.of(texts.get("budget.evidence.savings.sought", request.getSavingsSought())), List.of(), List.of()));
        } else {
            points.add(new ReviewSheet.Point(ReviewPoint.SAVINGS.key(),
                    List.of(texts.get("budget.evidence.savings.none", request.getNoSavingsReason())), List.of("no-savings-sought"), List.of()));
        }

        // 4. travel
        var travel = request.getLines().stream().filter(l -> l.category() == LineCategory.TRAVEL).toList();
        if (travel.isEmpty()) {
            points.add(new ReviewSheet.Point(ReviewPoint.TRAVEL.key(), List.of(texts.get("budget.evidence.travel.none")), List.of(), List.of()));
        } else {
            var travelEvidence = new ArrayList<String>();
            travel.forEach(l -> travelEvidence.add(texts.get("budget.evidence.travel.line", l.description(), l.amount(), request.getCurrency())));
            travelEvidence.add(texts.get("budget.evidence.travel.reason", request.getTravelReason()));
            points.add(new ReviewSheet.Point(ReviewPoint.TRAVEL.key(), travelEvidence, List.of("travel-line"), List.of()));
        }

        // 5. agenda
        var agendaFlags = new ArrayList<String>();
        if (event.untimedItems() > 0) {
            agendaFlags.add("untimed-items");
        }
        if (event.agendaItems() < FEW_ITEMS) {
            agendaFlags.add("few-items");
        }
        points.add(new ReviewSheet.Point(ReviewPoint.AGENDA.key(),
                List.of(texts.get("budget.evidence.agenda", event.agendaItems(), event.untimedItems())), agendaFlags, List.of()));

        // 6. catering and printing per attendee against the program's percentiles
        var costEvidence = new ArrayList<String>();
        var costFlags = new ArrayList<String>();
        Map<LineCategory, BigDecimal> totals = request.totalsByCategory();
        Map<String, BigDecimal[]> percentiles = percentiles(request.getId(), rates);
        for (LineCategory category : List.of(LineCategory.CATERING, LineCategory.PRINTING)) {
            BigDecimal amount = totals.getOrDefault(category, BigDecimal.ZERO);
            BigDecimal perAttendee = rates.toThresholdCurrency(request.perAttendee(amount), request.getCurrency()).orElse(BigDecimal.ZERO);
            BigDecimal[] p = percentiles.get(category.name());
            String name = texts.get("budget.category." + category.name());
            if (p == null) {
                costEvidence.add(texts.get("budget.evidence.costs.noHistory", name, perAttendee, rates.thresholdCurrency()));
            } else {
                costEvidence.add(texts.get("budget.evidence.costs.line", name, perAttendee, rates.thresholdCurrency(), p[0], p[1]));
                if (perAttendee.compareTo(p[1]) > 0) {
                    costFlags.add(category.name().toLowerCase() + "-above-p75");
                }
            }
        }
        points.add(new ReviewSheet.Point(ReviewPoint.COSTS.key(), costEvidence, costFlags, List.of()));

        // the requester's standing
        ActivityStats stats = activity.of(List.of(request.getRequesterId()), today)
                .getOrDefault(request.getRequesterId(), ActivityStats.none(request.getRequesterId()));
        boolean reportsCurrent = stats.lastReportOn() != null && !stats.lastReportOn().isBefore(today.minusWeeks(4));
        PastEvent last = own.isEmpty() ? null : own.get(0);
        int waiting = jdbc.sql("select count(*) from budget_requests where requester_id = ? and state = 'WAITING_RECEIPTS' and id <> ?")
                .params(request.getRequesterId(), request.getId()).query(Integer.class).single();
        var standingEvidence = new ArrayList<String>();
        standingEvidence.add(reportsCurrent ? texts.get("budget.standing.reportsCurrent", String.valueOf(stats.lastReportOn()))
                : texts.get("budget.standing.reportsLate", stats.lastReportOn() == null ? "—" : stats.lastReportOn().toString()));
        standingEvidence.add(last == null ? texts.get("budget.standing.noLastEvent")
                : last.outcomesRecorded() ? texts.get("budget.standing.lastOutcomes", last.name())
                : texts.get("budget.standing.lastNoOutcomes", last.name()));
        standingEvidence.add(waiting == 0 ? texts.get("budget.standing.receiptsDone") : texts.get("budget.standing.receiptsOpen", waiting));
        var standing = new ReviewSheet.Standing(reportsCurrent, stats.lastReportOn() == null ? null : stats.lastReportOn().toString(),
                last == null ? null : last.outcomesRecorded(), waiting == 0, standingEvidence);

        BigDecimal inThreshold = rates.toThresholdCurrency(request.getTotal(), request.getCurrency()).orElse(BigDecimal.ZERO);
        return new ReviewSheet(request.getId(), request.getCurrency(), request.getTotal(), rates.thresholdCurrency(), inThreshold,
                rates.rate(request.getCurrency()),
                ThresholdRouting.route(rates.exactInThresholdCurrency(request.getTotal(), request.getCurrency()).orElse(BigDecimal.ZERO), properties.singleReviewerThreshold()) == Route.COUNCIL_VOTE, points, standing);
    }

    /** The activity report each past event's organiser filed from its outcomes (it links to the event), by event: one statement. */
    private Map<Long, Long> activityReports(List<PastEvent> past) {
        var byLink = new HashMap<String, Long>();
        past.forEach(p -> byLink.put(portalLinks.to("/events/" + p.id()), p.id()));
        var result = new HashMap<Long, Long>();
        if (past.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select a.link, min(a.id) from activity_reports a
                        where a.person_id = any(cast(:owners as bigint[])) and a.link = any(cast(:links as text[]))
                        group by a.link""")
                .param("owners", past.stream().map(PastEvent::ownerId).distinct().toArray(Long[]::new))
                .param("links", byLink.keySet().toArray(String[]::new))
                .query(rs -> {
                    result.put(byLink.get(rs.getString(1)), rs.getLong(2));
                });
        return result;
    }

    /** The beginning of the short report written after each past event with its budget's receipts, by event: one statement. */
    private Map<Long, String> postEventReports(List<PastEvent> past) {
        var result = new HashMap<Long, String>();
        if (past.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select distinct on (r.event_id) r.event_id, b.statement
                        from budget_requests r join budget_receipts b on b.request_id = r.id and b.kind = 'REPORT'
                        where r.event_id = any(cast(:events as bigint[]))
                        order by r.event_id, b.id desc""")
                .param("events", past.stream().map(PastEvent::id).toArray(Long[]::new))
                .query(rs -> {
                    String text = rs.getString(2);
                    result.put(rs.getLong(1), text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…");
                });
        return result;
    }

    /** Catering and printing per expected attendee of past granted requests, in the threshold currency: 50th and 75th percentiles. */
    Map<String, BigDecimal[]> percentiles(long excludingId, ExchangeRates rates) {
        var codes = properties.rates().keySet().toArray(String[]::new);
        var values = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = properties.rates().get(codes[i]).toPlainString();
        }
        var result = new HashMap<String, BigDecimal[]>();
        jdbc.sql("""
                        with per_attendee as (
                            select r.id, l.category, sum(l.quantity * l.unit_cost) * x.rate / r.expected_attendance as amount
                            from budget_requests r
                            join budget_lines l on l.request_id = r.id
                            join unnest(cast(:codes as text[]), cast(:rates as numeric[])) as x(code, rate) on x.code = r.currency
                            where l.category in ('CATERING', 'PRINTING') and r.id <> :id
                              and r.state in ('APPROVED', 'PARTLY_APPROVED', 'WAITING_RECEIPTS', 'CLOSED')
                              and r.submitted_at >= :since
                            group by r.id, l.category, x.rate, r.expected_attendance)
                        select category, percentile_cont(0.5) within group (order by amount) as p50,
                               percentile_cont(0.75) within group (order by amount) as p75
                        from per_attendee group by category""")
                .param("codes", codes).param("rates", values).param("id", excludingId)
                .param("since", java.sql.Timestamp.from(LocalDate.now(clock).minusDays(properties.percentileWindow().toDays())
                        .atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(rs -> {
                    result.put(rs.getString("category"), new BigDecimal[] {
                            BigDecimal.valueOf(rs.getDouble("p50")).setScale(2, RoundingMode.HALF_UP),
                            BigDecimal.valueOf(rs.getDouble("p75")).setScale(2, RoundingMode.HALF_UP)});
                });
        return result;
    }
}
