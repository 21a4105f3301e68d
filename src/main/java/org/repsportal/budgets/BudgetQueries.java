package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of requests and the Council's overview, each a fixed number of statements. */
@Component
@Transactional(readOnly = true)
class BudgetQueries {

    record Item(long id, String eventName, String requesterName, BudgetState state, String currency, BigDecimal total,
                LocalDate eventStartsOn, Instant updatedAt) {
    }

    record Waiting(BudgetState state, long count, Instant oldestSince) {
    }

    record Money(String region, String quarter, BigDecimal approved, BigDecimal spent) {
    }

    record Overdue(long id, String eventName, long requesterId, String requesterName, LocalDate eventEndsOn, LocalDate overdueSince,
                   LocalDate waiverUntil) {
    }

    private final JdbcClient jdbc;

    BudgetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests the person filed or reviews as mentor, newest first. */
    PageResult<Item> involving(long personId, int page, int size) {
        long total = jdbc.sql("select count(*) from budget_requests where requester_id = ? or mentor_id = ?")
                .params(personId, personId).query(Long.class).single();
        var items = jdbc.sql("""
                        select r.id, e.name, p.display_name, r.state, r.currency, r.total, r.event_starts_on, r.updated_at
                        from budget_requests r join events e on e.id = r.event_id join people p on p.id = r.requester_id
                        where r.requester_id = ? or r.mentor_id = ?
                        order by r.updated_at desc, r.id desc limit ? offset ?""")
                .params(personId, personId, size, (long) page * size)
                .query(BudgetQueries::item).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Requests waiting, by stage: how many and since when the oldest waits. */
    List<Waiting> waitingByStage() {
        return jdbc.sql("""
                        select state, count(*), min(updated_at) from budget_requests
                        where state in ('SUBMITTED', 'MENTOR_REVIEW', 'CHANGES_REQUESTED', 'DECISION', 'WAITING_RECEIPTS')
                        group by state order by min(updated_at)""")
                .query((rs, n) -> new Waiting(BudgetState.valueOf(rs.getString(1)), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Requests in decision, oldest first: what the Council has to decide now. */
    List<Item> inDecision(int limit) {
        return jdbc.sql("""
                        select r.id, e.name, p.display_name, r.state, r.currency, r.total, r.event_starts_on, r.updated_at
                        from budget_requests r join events e on e.id = r.event_id join people p on p.id = r.requester_id
                        where r.state = 'DECISION' order by r.updated_at limit ?""")
                .param(limit).query(BudgetQueries::item).list();
    }

    /**
     * Money approved and spent per region and quarter of the event, in the threshold currency: approved is what the
     * Council granted, spent what the receipts (and lost-receipt statements) say was paid, each at its currency's rate.
     */
    List<Money> moneyByRegionAndQuarter(String[] codes, String[] rates) {
        return jdbc.sql("""
                        with x as (select * from unnest(cast(:codes as text[]), cast(:rates as numeric[])) as x(code, rate)),
                        approved as (
                            select r.region_code, to_char(r.event_starts_on, 'YYYY-"Q"Q') as quarter, sum(r.approved_amount * x.rate) as amount
                            from budget_requests r join x on x.code = r.currency
                            where r.approved_amount is not null
                            group by 1, 2),
                        spent as (
                            select r.region_code, to_char(r.event_starts_on, 'YYYY-"Q"Q') as quarter, sum(b.amount * x.rate) as amount
                            from budget_receipts b join budget_requests r on r.id = b.request_id join x on x.code = b.currency
                            where b.amount is not null
                            group by 1, 2)
                        select coalesce(g.name, '—') as region, coalesce(a.quarter, s.quarter) as quarter,
                               coalesce(a.amount, 0) as approved, coalesce(s.amount, 0) as spent
                        from approved a
                        full join spent s on coalesce(s.region_code, '') = coalesce(a.region_code, '') and s.quarter = a.quarter
                        left join regions g on g.code = coalesce(a.region_code, s.region_code)
                        order by 2 desc, 1""")
                .param("codes", codes).param("rates", rates)
                .query((rs, n) -> new Money(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).setScale(2, java.math.RoundingMode.HALF_UP),
                        rs.getBigDecimal(4).setScale(2, java.math.RoundingMode.HALF_UP)))
                .list();
    }

    List<Overdue> receiptsOverdue(LocalDate today, int overdueDays) {
        return jdbc.sql("""
                        select r.id, e.name, r.requester_id, p.display_name, r.event_ends_on,
                               (select max(w.until_on) from receipt_waivers w where w.person_id = r.requester_id and w.until_on >= ?)
                        from budget_requests r join events e on e.id = r.event_id join people p on p.id = r.requester_id
                        where r.state = 'WAITING_RECEIPTS' and r.event_ends_on + cast(? as integer) <= ?
                        order by r.event_ends_on, r.id""")
                .params(today, overdueDays, today)
                .query((rs, n) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                        rs.getDate(5).toLocalDate().plusDays(overdueDays), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list();
    }

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), BudgetState.valueOf(rs.getString(4)), rs.getString(5),
                rs.getBigDecimal(6), rs.getDate(7).toLocalDate(), rs.getTimestamp(8).toInstant());
    }
}
