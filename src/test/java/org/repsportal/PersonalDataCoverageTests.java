package org.repsportal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.PersonalData;
import org.repsportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table that refers to people is either read into a person's data archive by some module or listed here
 * as exempt, with the reason. A new table with a person column fails this test until someone decides.
 */
@PortalTest
class PersonalDataCoverageTests {

    /** Tables with a person column that the archive leaves out on purpose, and why. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            entry("person_erasures", "the Admins' audit trail of erasures, about people who no longer sign in"),
            entry("account_disablements", "the Admins' audit trail of disabled accounts, with their reasons"),
            entry("roster_imports", "the Admins' record of roster files they imported, kept as the import's audit trail"),
            entry("welcome_pack_history", "who moved a Welcome Pack from state to state, the shipment's audit trail kept for the mentor and the Council"),
            entry("account_invitations", "holds only the hash of a one-time link to set a password, a credential"),
            entry("calendar_feeds", "holds only the secret address of the person's calendar feed, a credential"),
            entry("report_activity", "each person's last report date, computed from the reports, which are exported"),
            entry("inactivity_reminders", "which reminder was sent when; the reminders reached the person by mail"),
            entry("mail_messages", "the outbox and mail log: mail the person received, with other people's words"),
            entry("checkin_watch", "the cadence watch's bookkeeping of the mentor's and the Council's follow-ups"),
            entry("cadence_escalations", "the Council's escalations of a mentor's slipping check-ins, dates only"),
            entry("cadence_escalated", "the mentorships a Council escalation lists, dates and counts only"),
            entry("cadence_dismissals", "the Council's reasons for dismissing a mentorship from an escalation"),
            entry("concern_audit", "the Council's confidential audit trail of concerns"),
            entry("nominations", "emerging-leader nominations: the Council's confidential deliberation"),
            entry("nomination_follow_ups", "the Council's confidential notes on emerging-leader nominations"),
            entry("orientations", "the Council's record of a mentor's nomination and appointment, written by others"),
            entry("orientation_steps", "the orientation checklist confirmed by others, shown on the orientation page"),
            entry("orientation_calls", "onboarding and training calls, shared by all their participants"),
            entry("orientation_call_invitations", "attendance recorded by a call's organiser"),
            entry("readiness_overrides", "the Council's decisions on mentors' readiness"),
            entry("mentor_capacities", "a mentor's capacity, set by the Council, shown on the profile"),
            entry("proposal_dismissals", "the Council's dismissed mentor proposals"),
            entry("reassignments", "the Council's and mentors' reassignment workflow about a mentee"),
            entry("step_downs", "a mentor's stepping down, handled by the Council"),
            entry("step_down_successors", "the successors the Council picked for a mentor's mentees"),
            entry("alumni_watch", "the Council's watch on people becoming alumni"),
            entry("orphan_watch", "the Council's watch on Reps without a mentor"),
            entry("sop_pages", "the program's shared SOP library, open to every member"),
            entry("sop_page_versions", "the program's shared SOP library, open to every member"),
            entry("sop_suggestions", "suggested SOP edits, open to every member on the library pages"),
            entry("sop_page_reads", "which SOP version a person has read, shown to them on each page"),
            entry("community_resources", "the program's shared resources, open to every member"),
            entry("budget_history", "a request's timeline, with the reviewers' actions; the request itself is exported"),
            entry("budget_votes", "the Council's votes on budget requests"),
            entry("budget_receipts", "receipt files uploaded to a request, downloadable from the request's page"),
            entry("application_referees", "referees' answers about an applicant, confidential to the Council"),
            entry("application_scorecards", "the Council's confidential scores of applicants"));

    /** Columns that name a person without a foreign key, by the house's naming. */
    private static final String PERSON_COLUMN_NAMES = "(^|_)person_id$|_by$|(^|_)mentor_id$|(^|_)mentee_id$|^author_id$"
            + "|^reporter_id$|^owner_id$|^requester_id$|^voter_id$|^recipient_id$|^sender_id$|^assignee_id$"
            + "|^delegate_id$|^organizer_id$|^interviewer_id$|^reviewer_id$|^nominee_id$|^actor_id$|^successor_id$"
            + "|^offered_to$|^covering_for_id$";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalData> shares;

    @Test
    void everyTableWithAPersonColumnIsExportedOrExemptWithAReason() {
        Set<String> personTables = new TreeSet<>(jdbc.sql("""
                        select distinct tc.table_name
                        from information_schema.table_constraints tc
                        join information_schema.constraint_column_usage cu
                          on cu.constraint_name = tc.constraint_name and cu.constraint_schema = tc.constraint_schema
                        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
                          and (cu.table_name = 'people' or (cu.table_name = 'accounts' and cu.column_name = 'person_id'))
                        union
                        select distinct c.table_name
                        from information_schema.columns c
                        join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.data_type = 'bigint' and c.column_name ~ :names
                        union
                        select 'people'""")
                .param("names", PERSON_COLUMN_NAMES)
                .query(String.class).list());
        Set<String> exported = new TreeSet<>();
        shares.forEach(share -> exported.addAll(share.tables()));

        Set<String> unaccounted = new TreeSet<>(personTables);
        unaccounted.removeAll(exported);
        unaccounted.removeAll(EXEMPT.keySet());

        assertThat(personTables).as("the catalog finds the tables that refer to people")
                .contains("activity_reports", "concerns", "tasks", "mentor_assignments", "sign_in_identities");
        assertThat(unaccounted).as("tables with a person column neither exported nor exempt").isEmpty();
        assertThat(EXEMPT.keySet()).as("an exempt table is not exported as well").doesNotContainAnyElementsOf(exported);
        assertThat(EXEMPT.keySet()).as("every exempt table still exists and refers to people").allMatch(personTables::contains);
        assertThat(exported).as("every exported table exists and refers to people").allMatch(personTables::contains);
        assertThat(EXEMPT.values()).allMatch(reason -> reason.length() > 20);
    }
}
