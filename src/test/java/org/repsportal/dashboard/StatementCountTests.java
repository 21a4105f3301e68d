package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.applications.ApplicationSeeds;
import org.repsportal.applications.ApplicationSeeds.Applicant;
import org.repsportal.applications.ApplicationSeeds.Stage;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard, the mentee list and the mentees' reports read a fixed number of statements: the same
 * for a mentor with 3 mentees as for one with 30.
 */
@PortalTest
class StatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationSeeds seeds;

    @Test
    void theMentorsPagesReadAsManyStatementsForThirtyMenteesAsForThree() throws Exception {
        Person small = mentorWith(3);
        Person large = mentorWith(30);

        for (String page : new String[] {"/dashboard", "/api/v1/mentees", "/reports/mentees"}) {
            long forThree = Statements.forPage(mvc, page, small);
            long forThirty = Statements.forPage(mvc, page, large);
            assertThat(forThirty).as(page).isEqualTo(forThree);
        }
    }


    @Test
    void theDashboardReadsAsManyStatementsForAMentorWithThreeApplicantsAndNewRepsAsForOneAndTheCouncilsFunnelToo() throws Exception {
        Person council = program.council("Counting Council");
        Person small = program.mentor("Interviewer of one");
        Person large = program.mentor("Interviewer of three");

        applicants(small, 1, council);
        long forOne = Statements.forPage(mvc, "/dashboard", small);
        long councilBefore = Statements.forPage(mvc, "/dashboard", council);
        applicants(large, 3, council);
        long forThree = Statements.forPage(mvc, "/dashboard", large);
        long councilAfter = Statements.forPage(mvc, "/dashboard", council);

        assertThat(forThree).as("the Mentorship section's interviews and onboardings").isEqualTo(forOne);
        assertThat(councilAfter).as("the funnel and the applications waiting longest").isEqualTo(councilBefore);
    }

    /** As many booked interviews and new Reps onboarding with the mentor. */
    private void applicants(Person mentor, int count, Person council) {
        for (int i = 0; i < count; i++) {
            for (Stage stage : new Stage[] {Stage.INTERVIEW_BOOKED, Stage.ONBOARDING_PACK_SHIPPED}) {
                String local = "count." + mentor.getId() + "." + stage.ordinal() + "." + i;
                seeds.seed(new Applicant("Applicant " + local, local + "@applicant.example", "EUROPE", "DE", "Berlin", "Europe/Berlin",
                        List.of("de", "en"), List.of("EVENTS"), "Referee " + local, "ref." + local + "@ref.example"),
                        stage, council.getId(), mentor.getId());
            }
        }
    }

    private Person mentorWith(int mentees) {
        Person mentor = program.mentor("Mentor of " + mentees);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < mentees; i++) {
            Person rep = program.rep("Mentee " + i);
            program.assign(rep, mentor);
            reports.file(program.actor(rep), new NewReport(today.minusDays(i * 3L), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
            tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Follow up " + i, rep.getId(), mentor.getId(), TaskPriority.NORMAL,
                    today.plusDays(i), "count-test:" + mentor.getId() + ":" + i, Set.of()));
        }
        return mentor;
    }
}
