package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily sweep, run for chosen days: nothing waits, the days are inputs. */
@PortalTest
class InactivityRemindersTests {

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    InactivityReminders reminders;

    @Autowired
    Reports reports;

    @Autowired
    Absences absences;

    @Autowired
    Clock clock;

    @Test
    void fourWeeksOfSilenceRemindTheRepAndTellTheMentorOnce() {
        Person mentor = program.mentor("Mira");
        Person rep = program.menteeOf(mentor, "Quiet Quentin");
        LocalDate today = LocalDate.now(clock);
        file(rep, today.minusDays(40));
        file(mentor, today.minusDays(20));

        reminders.remind(today.minusDays(11));
        assertThat(mailsTo(rep)).containsExactly("REMINDERS");
        assertThat(mailsTo(mentor)).containsExactly("MENTEE_ACTIVITY");

        reminders.remind(today.minusDays(10));
        assertThat(mailsTo(rep)).hasSize(1);
    }

    @Test
    void eightWeeksBringTheSecondReminderAndANewReportStartsAfresh() {
        Person rep = program.rep("Silent Sam");
        LocalDate start = LocalDate.now(clock).minusDays(100);
        file(rep, start);

        reminders.remind(start.plusDays(29));
        reminders.remind(start.plusDays(57));
        reminders.remind(start.plusDays(58));
        assertThat(subjectsTo(rep)).containsExactly("No report for 4 weeks", "No report for 8 weeks: how are you?");

        file(rep, start.plusDays(60));
        reminders.remind(start.plusDays(89));
        assertThat(mailsTo(rep)).hasSize(3);
    }

    @Test
    void aRepOnADeclaredAbsenceIsNotRemindedUntilBack() {
        Person mentor = program.mentor("Malik");
        Person rep = program.menteeOf(mentor, "Away Ayla");
        LocalDate today = LocalDate.now(clock);
        file(rep, today.minusDays(40));
        file(mentor, today.minusDays(2));
        absences.declare(program.actor(rep), new NewAbsence(today, today.plusDays(3), null, null, "Hiking", false, null));

        reminders.remind(today);
        reminders.remind(today.plusDays(3));
        assertThat(mailsTo(rep)).isEmpty();
        assertThat(mailsTo(mentor)).isEmpty();

        reminders.remind(today.plusDays(4));
        assertThat(mailsTo(rep)).containsExactly("REMINDERS");
    }

    @Test
    void newcomersAreLeftAloneInTheirFirstFourWeeks() {
        Person rep = program.rep("Newcomer Nell");
        LocalDate joined = rep.getJoinedOn();
        reminders.remind(joined.plusDays(27));
        assertThat(mailsTo(rep)).isEmpty();
        reminders.remind(joined.plusDays(29));
        assertThat(mailsTo(rep)).containsExactly("REMINDERS");
    }

    @Test
    void someoneReportingRegularlyGetsNothing() {
        Person rep = program.rep("Busy Bea");
        LocalDate today = LocalDate.now(clock);
        file(rep, today.minusDays(2));
        reminders.remind(today);
        assertThat(mailsTo(rep)).isEmpty();
    }

    private List<String> mailsTo(Person person) {
        return mailbox.to(person).categories();
    }

    private List<String> subjectsTo(Person person) {
        return mailbox.to(person).plainSubjects();
    }

    private void file(Person rep, LocalDate day) {
        reports.file(program.actor(rep), new NewReport(day, "ATTENDED_EVENT", "EVENTS", "Was there", null, null, null));
    }
}
