package org.repsportal.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders of planned check-ins, sent for chosen moments: nothing waits. */
@PortalTest
class CheckInRemindersTests {

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    CheckIns checkIns;

    @Autowired
    CheckInReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void bothAreRemindedOnceWhenTheCheckInIsLessThanTwoDaysAwayWithItsGoals() {
        Person mentor = program.mentor("Rhea");
        Person mentee = program.menteeOf(mentor, "Rudi");
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(5).atTime(18, 0), "Europe/Berlin", List.of("Plan the meetup", "Talk about metrics")));

        reminders.remind(checkIn.getScheduledAt().minus(Duration.ofHours(72)));
        assertThat(mailsTo(mentor)).isEmpty();

        reminders.remind(checkIn.getScheduledAt().minus(Duration.ofHours(30)));
        reminders.remind(checkIn.getScheduledAt().minus(Duration.ofHours(29)));
        assertThat(mailsTo(mentor)).singleElement().satisfies(body -> assertThat(body).contains("Rudi", "- Plan the meetup", "- Talk about metrics"));
        assertThat(mailsTo(mentee)).singleElement().satisfies(body -> assertThat(body).contains("Rhea"));
    }

    @Test
    void eachIsToldTheTimeInTheirOwnZoneAndLanguage() {
        Person mentor = program.mentor("Rita");
        Person mentee = program.menteeOf(mentor, "Rosa");
        jdbc.sql("update people set time_zone = 'America/Lima', portal_language = 'es' where id = ?").param(mentee.getId()).update();
        // a January evening in Berlin (UTC+1) is midday in Lima (UTC-5)
        LocalDate day = LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 14);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(18, 0),
                "Europe/Berlin", List.of("Plan the meetup")));

        reminders.remind(checkIn.getScheduledAt().minus(Duration.ofHours(30)));

        assertThat(mailsTo(mentor)).singleElement().asString().contains("14 January " + day.getYear() + ", 18:00 (Europe/Berlin)");
        assertThat(mailsTo(mentee)).singleElement().asString()
                .contains("14 de enero de " + day.getYear() + ", 12:00 (America/Lima; 18:00 en Europe/Berlin)");
    }

    private List<String> mailsTo(Person person) {
        // the reminders only: the assignment and the invitation are mailed too
        return mailbox.to(person).in("MENTORSHIP").subjectStartingWithAnyOf("Check-in with ", "Check-in con ").bodies();
    }
}
