package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
