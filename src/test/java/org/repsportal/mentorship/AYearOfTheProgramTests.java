package org.repsportal.mentorship;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.PeopleImport;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.reports.ReportsImport;
import org.repsportal.support.Program;
import org.repsportal.support.PortalTest;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program of 300 Reps and 30 mentors lives through a year on a moving clock, only through the portal's
 * services, its API and its daily jobs: mentors and Reps go away, two mentors for months, three mentors step
 * down, ten Reps go silent. The Council works the way the portal shows it the work (its tasks, the step-downs,
 * the alumni watch, the Reps waiting for a mentor), taking the best proposal each time. Every day the test
 * checks that nobody of this program waits more than a week for a mentor, that no open task sits with someone
 * who is away, and that no reminder (of inactivity, or of a check-in) went to someone away or gone.
 */
@PortalTest
// its own database: a year of daily jobs over this program alone, not over every other test's people too
@TestPropertySource(properties = "portal.mentorship.orphan-after=7d")
class AYearOfTheProgramTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final int DAYS = 380;
    private static final int MENTORS = 30;
    private static final int REPS = 300;
    private static final int SILENT = 10;
    /** Delivering mail is transport, not a rule of the program: the test reads what the portal queued. */
    private static final String DELIVERS_MAIL = "notifications-send-outbox";

    @Autowired Program program;
    @Autowired People people;
    @Autowired Mentorships mentorships;
    @Autowired MentorProposals proposals;
    @Autowired StepDowns stepDowns;
    @Autowired Reassignments reassignments;
    @Autowired AlumniWatch alumni;
    @Autowired Reports reports;
    @Autowired PeopleImport peopleImport;
    @Autowired MentorshipImport mentorshipImport;
    @Autowired ReportsImport reportsImport;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired List<RecurringTask<?>> jobs;

    private Actor council;
    private final List<Person> mentors = new ArrayList<>();
    private final List<Long> reps = new ArrayList<>();
    private final Map<Long, Person> repsWithAccounts = new HashMap<>();
    private final Set<Long> silent = new HashSet<>();
    private final Set<Long> steppingDown = new HashSet<>();
    private final List<LongAbsence> longAbsences = new ArrayList<>();
    private final Map<Long, Integer> daysWithoutMentor = new HashMap<>();
    private Instant startedAt;

    /** Mentors 5, 6 and 7 step down during the year; the Council does not pick them to cover others. */
    private static final List<Integer> STEPPING_DOWN_LATER = List.of(5, 6, 7);

    private record LongAbsence(long id, long mentorId, LocalDate from, LocalDate to) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void noMenteeWaitsMoreThanAWeekAndNothingIsLeftWithSomeoneAwayOrGone() throws Exception {
        startedAt = Instant.now();
        moveTo(START.minusDays(60));
        seedProgram();

        var plan = new YearPlan();
        for (int day = 0; day < DAYS; day++) {
            LocalDate today = START.plusDays(day);
            moveTo(today);
            plan.happenOn(day, today);
            reportAsUsual(day, today);
            runDailyJobs();
            councilWorks(today);
            assertTheDayIsInOrder(today);
        }

        LocalDate end = START.plusDays(DAYS);
        assertThat(openInterimsPast(end)).as("interim assignments neither ended nor made permanent").isZero();
        for (long mentor : steppingDown) {
            assertThat(people.get(mentor).getRoles()).as("a mentor who stepped down").doesNotContain(Role.MENTOR);
        }
        for (long rep : silent) {
            assertThat(people.get(rep).getStatus()).as("a Rep who went silent").isEqualTo(PersonStatus.ALUMNI);
            assertThat(mentorships.currentMentorOf(rep)).as("an alumnus's mentorship").isEmpty();
        }
    }

    /** What happens to this program over the year, day by day. */
    private final class YearPlan {

        private final Map<Long, Long> absenceIds = new HashMap<>();

        void happenOn(int day, LocalDate today) throws Exception {
            switch (day) {
                case 20 -> away(mentors.get(0), today, today.plusDays(20), mentors.get(1), false, null);
                case 30 -> away(mentors.get(3), today, today.plusDays(125), mentors.get(21), true, null);
                case 60 -> away(mentors.get(1), today, today.plusDays(15), mentors.get(2), false, null);
                case 90 -> stepDown(mentors.get(5), today);
                case 100 -> away(mentors.get(2), today, today.plusDays(30), mentors.get(0), false, null);
                case 180 -> stepDown(mentors.get(6), today);
                case 200 -> away(mentors.get(4), today, today.plusDays(100), mentors.get(21), false,
                        "My mentees keep their check-ins with the interim mentors the Council picks.");
                case 260 -> comeBackEarly(mentors.get(4));
                case 270 -> stepDown(mentors.get(7), today);
                default -> { }
            }
            int i = 0;
            for (Person rep : repsWithAccounts.values()) {
                if (day == 15 + i * 17) {
                    away(rep, today, today.plusDays(14 + (i % 5) * 10), mentors.get(20), false, null);
                }
                i++;
            }
        }

        private void away(Person person, LocalDate from, LocalDate to, Person delegate, boolean reassignment,
                          String plan) throws Exception {
            String body = """
                    {"from": "%s", "to": "%s", "delegateId": %s, "autoReply": "Away, back on %s.",
                     "reassignmentRequested": %s, "plan": %s}""".formatted(from, to,
                    delegate == null ? "null" : delegate.getId(), to.plusDays(1), reassignment,
                    plan == null ? "null" : "\"" + plan + "\"");
            String created = mvc.perform(post("/api/v1/absences").header("Authorization", Program.bearer(person))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long id = Long.parseLong(created.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
            absenceIds.put(person.getId(), id);
            if (person.getRoles().contains(Role.MENTOR) && from.plusMonths(3).isBefore(to)) {
                longAbsences.add(new LongAbsence(id, person.getId(), from, to));
            }
            awaitListeners();
        }

        private void comeBackEarly(Person person) throws Exception {
            mvc.perform(post("/api/v1/absences/{id}/end", absenceIds.get(person.getId()))
                    .header("Authorization", Program.bearer(person))).andExpect(status().is2xxSuccessful());
            awaitListeners();
        }

        private void stepDown(Person mentor, LocalDate today) {
            var draft = stepDowns.draft(program.actor(mentor), today.plusDays(30));
            stepDowns.start(program.actor(mentor), today.plusDays(30), false, Map.of(), draft.subject(), draft.body());
            steppingDown.add(mentor.getId());
            awaitListeners();
        }
    }

    /** The program as it stands on the first day, written in batches as the demo program is. */
    private void seedProgram() {
        Person chair = program.council("Year Council");
        council = program.actor(chair);
        for (int m = 0; m < MENTORS; m++) {
            Person mentor = program.mentor("Year Mentor");
            mentors.add(mentor);
            mentorships.setCapacity(council, mentor.getId(), 13);
        }
        LocalDate today = LocalDate.now(clock);
        var newPeople = new ArrayList<NewPerson>();
        for (int r = 0; r < REPS; r++) {
            if (r % 15 == 7) {
                Person rep = program.rep("Year Traveller");
                repsWithAccounts.put(rep.getId(), rep);
                reps.add(rep.getId());
            } else {
                reps.add(null);
                newPeople.add(new NewPerson("Year Rep " + r, "Year Rep " + r + " Fullname",
                        "year.rep." + r + "." + System.nanoTime() + "@test.example", r % 2 == 0 ? "KE" : "BR", "City",
                        r % 2 == 0 ? "Africa/Nairobi" : "America/Sao_Paulo", Set.of(r % 2 == 0 ? "sw" : "pt", "en"),
                        Set.of("EVENTS"), null, START.minusYears(1), EnumSet.of(Role.REP), PersonStatus.ACTIVE));
            }
        }
        var imported = peopleImport.importAll(newPeople).iterator();
        var assignments = new ArrayList<MentorshipImport.ImportedAssignment>();
        var firstReports = new ArrayList<ReportsImport.ImportedReport>();
        for (int r = 0; r < REPS; r++) {
            if (reps.get(r) == null) {
                reps.set(r, imported.next());
            }
            long id = reps.get(r);
            assignments.add(MentorshipImport.ImportedAssignment.current(id, mentors.get(r % MENTORS).getId(),
                    START.minusMonths(6), "The program starts"));
            firstReports.add(new ReportsImport.ImportedReport(id, new NewReport(today.minusDays(r % 20), "ATTENDED_EVENT",
                    "EVENTS", "A community meetup", null, null, null)));
            if (r % (REPS / SILENT) == 3) {
                silent.add(id);
            }
        }
        mentorshipImport.importAll(assignments);
        reportsImport.importAll(firstReports);
        awaitListeners();
    }

    /** Every Rep who has not gone silent reports about every seven weeks. */
    private void reportAsUsual(int day, LocalDate today) {
        for (int r = 0; r < reps.size(); r++) {
            long rep = reps.get(r);
            if (!silent.contains(rep) && r % 49 == day % 49) {
                file(rep, today);
            }
        }
    }

    private void file(long rep, LocalDate on) {
        reports.file(people.actorFor(rep).orElseThrow(),
                new NewReport(on, "ATTENDED_EVENT", "EVENTS", "A community meetup", null, null, null));
    }

    private void runDailyJobs() {
        for (RecurringTask<?> job : jobs) {
            if (job.getName().equals(DELIVERS_MAIL)) {
                continue;
            }
            runOnce(job);
        }
        awaitListeners();
    }

    @SuppressWarnings("unchecked")
    private static <T> void runOnce(RecurringTask<T> job) {
        job.execute(job.instance(RecurringTask.INSTANCE), null);
    }

    /** The Council acts on what the portal puts in front of it, as a diligent Council would, within the day. */
    private void councilWorks(LocalDate today) {
        for (LongAbsence absence : longAbsences) {
            if (absence.from().equals(today.minusDays(1))) {
                for (long mentee : mentorships.currentMenteeIds(absence.mentorId())) {
                    long interim = bestOf(mentee, absence.from(), absence.to());
                    mentorships.assign(council, AssignMentor.interim(mentee, interim, "Covers the absence", absence.to(),
                            absence.id()));
                }
            }
        }
        awaitListeners();
        for (long mentor : steppingDown) {
            for (long mentee : mentorships.currentMenteeIds(mentor)) {
                reassignments.reassignByCouncil(council, mentee, bestOf(mentee, today, today.plusMonths(6)),
                        "The mentor steps down");
            }
        }
        awaitListeners();
        for (var entry : alumni.visibleTo(council)) {
            if (silent.contains(entry.personId()) && entry.state().equals("WITH_COUNCIL")) {
                alumni.confirmAlumni(council, entry.personId());
            }
        }
        awaitListeners();
        for (long rep : waitingForAMentor(today)) {
            if (daysWithoutMentor.getOrDefault(rep, 0) >= 3) {
                mentorships.assign(council, new AssignMentor(rep, bestOf(rep, today, today.plusMonths(6)),
                        AssignmentKind.PERMANENT, "Waiting for a mentor"));
            }
        }
        awaitListeners();
    }

    private long bestOf(long mentee, LocalDate from, LocalDate to) {
        Set<Long> ours = new HashSet<>();
        mentors.forEach(m -> ours.add(m.getId()));
        ours.removeAll(steppingDown);
        ours.removeAll(STEPPING_DOWN_LATER.stream().map(i -> mentors.get(i).getId()).toList());
        return proposals.rank(List.of(mentee), from, to).getOrDefault(mentee, List.of()).stream()
                .filter(p -> ours.contains(p.mentorId()))
                .findFirst().orElseThrow(() -> new AssertionError("no mentor proposed for " + mentee + " on " + from))
                .mentorId();
    }

    /** This program's active Reps who have no current mentor today, in one statement. */
    private Set<Long> waitingForAMentor(LocalDate today) {
        return new HashSet<>(jdbc.sql("""
                        select p.id from people p where p.id = any(:ids) and p.status = 'ACTIVE'
                          and not exists (select 1 from %s c where c.mentee_id = p.id)""".formatted(MentorshipQueries.CURRENT))
                .param("today", today).param("ids", reps.toArray(Long[]::new)).query(Long.class).list());
    }

    private void assertTheDayIsInOrder(LocalDate today) {
        Set<Long> waiting = waitingForAMentor(today);
        daysWithoutMentor.keySet().retainAll(waiting);
        for (long rep : waiting) {
            int days = daysWithoutMentor.merge(rep, 1, Integer::sum);
            assertThat(days).as("days Rep %d waited for a mentor on %s", rep, today).isLessThanOrEqualTo(7);
        }

        List<Long> everyone = new ArrayList<>(reps);
        mentors.forEach(m -> everyone.add(m.getId()));
        Long[] ids = everyone.toArray(Long[]::new);
        long tasksWithSomeoneAway = jdbc.sql("""
                        select count(*) from tasks t join absences a on a.person_id = t.assignee_id
                        where t.assignee_id = any(:ids) and t.state in ('OPEN', 'IN_PROGRESS', 'WAITING')
                          and a.state <> 'CANCELLED' and a.starts_on <= :today and a.ends_on >= :today""")
                .param("ids", ids).param("today", today).query(Long.class).single();
        assertThat(tasksWithSomeoneAway).as("open tasks with someone away on %s", today).isZero();

        String offending = jdbc.sql("""
                        select string_agg(m.recipient_id || ': ' || m.subject, '; ') from mail_messages m
                        where m.recipient_id = any(:ids) and m.created_at >= :dayStart
                          and ((m.category = 'REMINDERS' and m.subject not like :returnReminder)
                               or (m.category = 'MENTORSHIP' and m.subject like any(:checkInReminders)))
                          and (exists (select 1 from absences a where a.person_id = m.recipient_id and a.state <> 'CANCELLED'
                                       and a.starts_on <= :today and a.ends_on >= :today)
                               or exists (select 1 from people p where p.id = m.recipient_id and p.status = 'ALUMNI'))""")
                .param("ids", ids).param("today", today).param("returnReminder", returnReminderSubjects())
                .param("checkInReminders", checkInReminderSubjects())
                .param("dayStart", Timestamp.from(today.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(String.class).optional().orElse(null);
        assertThat(offending).as("reminders to someone away or gone on %s", today).isNull();
    }

    /**
     * The check-in reminders, in either language: the notice that a check-in is due (the paused cadence) and the
     * reminder of a planned check-in; the subject up to its first argument.
     */
    private String[] checkInReminderSubjects() {
        var patterns = new ArrayList<String>();
        for (String key : List.of("checkin.overdue.mail.subject", "checkin.reminder.subject")) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                String subject = messages.getMessage(key, new Object[] {"@ARG@", "@ARG@"}, locale);
                patterns.add("%" + subject.substring(0, subject.indexOf("@ARG@")).strip() + "%");
            }
        }
        return patterns.toArray(String[]::new);
    }

    /** The reminder of the coming return is the one reminder meant for someone still away. */
    private String returnReminderSubjects() {
        return messages.getMessage("absence.return.mail.subject", new Object[] {""}, Locale.ENGLISH).strip() + "%";
    }

    private long openInterimsPast(LocalDate end) {
        return jdbc.sql("""
                        select count(*) from mentor_assignments
                        where kind = 'INTERIM' and mentee_id = any(:ids) and (ended_on is null or ended_on > :end)""")
                .param("ids", reps.toArray(Long[]::new)).param("end", end).query(Long.class).single();
    }

    private void moveTo(LocalDate day) {
        clock.setTo(day.atTime(7, 0).toInstant(ZoneOffset.UTC));
    }

    /** Listeners run after commit on other threads; the day goes on once every event of this test was handled. */
    private void awaitListeners() {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null and publication_date >= ?""")
                .param(Timestamp.from(startedAt)).query(Long.class).single() == 0);
    }
}
