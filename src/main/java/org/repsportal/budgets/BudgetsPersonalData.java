package org.repsportal.budgets;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget requests a person filed, the receipt waivers granted to them and their comments on requests, in their data archive. */
@Component
class BudgetsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    BudgetsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("budget_requests", "receipt_waivers", "budget_comments");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "budget-requests", """
                        select b.id, b.event_id, b.region_code, b.currency, b.total, b.approved_amount, b.state,
                               b.savings_sought, b.no_savings_reason, b.travel_reason, b.submitted_at, b.decided_at, b.created_at
                        from budget_requests b where b.requester_id = ? order by b.created_at, b.id""", personId),
                PersonalDataPart.query(jdbc, "receipt-waivers", """
                        select w.until_on, w.reason, w.granted_at from receipt_waivers w where w.person_id = ? order by w.granted_at""", personId),
                PersonalDataPart.query(jdbc, "budget-comments", """
                        select c.request_id, c.body, c.created_at from budget_comments c where c.author_id = ? order by c.created_at, c.id""", personId));
    }
}
