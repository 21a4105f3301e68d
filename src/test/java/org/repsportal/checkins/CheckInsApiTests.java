package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.tasks.TaskQueries;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@EnableScenarios
class CheckInsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    CheckIns checkIns;

    @Autowired
    TaskQueries tasks;

    @Autowired
    Clock clock;

    @Test
    void aCheckInWithoutAGoalIsAFieldError() throws Exception {
        Person mentor = program.mentor("Nadia");
        Person mentee = program.rep("Nils");
        program.assign(mentee, mentor);

        mvc.perform(post("/api/v1/checkins").header("Authorization", Program.bearer(mentor)).contentType(MediaType.APPLICATION_JSON)
                        .content(plan(mentee, LocalDate.now(clock).plusDays(3) + "T17:00", "[\" \"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals")));
    }

    @Test
    void theMentorPlansACheckInInTheirTimeZoneWithTwoGoals() throws Exception {
        Person mentor = program.mentor("Olga");
        Person mentee = program.rep("Omar");
        program.assign(mentee, mentor);
        String day = LocalDate.now(clock).plusDays(3).toString();

        mvc.perform(post("/api/v1/checkins").header("Authorization", Program.bearer(mentor)).contentType(MediaType.APPLICATION_JSON)
                        .content(plan(mentee, day + "T17:00", "[\"Hear about the meetup\", \"Agree on metrics\"]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.goals.length()").value(2))
                .andExpect(jsonPath("$.status").value("PLANNED"));
    }

    @Test
    void onlyTheMentorsOwnMenteesCanBePlannedFor() throws Exception {
        Person mentor = program.mentor("Petra");
        Person notMine = program.rep("Paul");
        mvc.perform(post("/api/v1/checkins").header("Authorization", Program.bearer(mentor)).contentType(MediaType.APPLICATION_JSON)
                        .content(plan(notMine, LocalDate.now(clock).plusDays(3) + "T17:00", "[\"Hello\"]")))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneElsesCheckInAnswersLikeAMissingOneAndTheMenteeMayNotWriteItsNotes() throws Exception {
        Person mentor = program.mentor("Rita");
        Person mentee = program.rep("Rolf");
        Person stranger = program.mentor("Sven");
        Person council = program.council("Sara");
        program.assign(mentee, mentor);
        CheckIn checkIn = planned(mentor, mentee);
        long missing = checkIn.getId() + 1_000_000;

        mvc.perform(post("/api/v1/checkins/{id}/notes", checkIn.getId()).header("Authorization", Program.bearer(mentee))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"notes\": \"mine now\", \"followUps\": []}"))
                .andExpect(status().isForbidden());
        for (long id : new long[] {checkIn.getId(), missing}) {
            mvc.perform(post("/api/v1/checkins/{id}/notes", id).header("Authorization", Program.bearer(stranger))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"notes\": \"mine now\", \"followUps\": []}"))
                    .andExpect(status().isNotFound());
            for (Person other : new Person[] {stranger, council}) {
                mvc.perform(get("/api/v1/checkins/{id}", id).header("Authorization", Program.bearer(other)))
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(content().string(not(containsString("Talk about the event"))));
                mvc.perform(get("/checkins/{id}", id).header("Authorization", Program.bearer(other)))
                        .andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/api/v1/checkins/{id}", checkIn.getId()).header("Authorization", Program.bearer(mentee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[0]").value("Talk about the event"));
    }

    @Test
    void eachFollowUpBecomesATaskForTheMentorAboutTheMentee(Scenario scenario) {
        Person mentor = program.mentor("Tina");
        Person mentee = program.rep("Tom");
        program.assign(mentee, mentor);
        CheckIn checkIn = planned(mentor, mentee);

        scenario.stimulate(() -> checkIns.recordNotes(program.actor(mentor), checkIn.getId(),
                        new CheckInNotes("We talked about the event.", java.util.List.of("Send the venue contacts", " "))))
                .andWaitForStateChange(() -> tasks.openFor(mentor.getId(), 10), list -> !list.isEmpty())
                .andVerify(list -> {
                    assertThat(list).singleElement().satisfies(task -> {
                        assertThat(task.type()).isEqualTo(TaskType.FOLLOW_UP);
                        assertThat(task.title()).contains("Send the venue contacts");
                        assertThat(task.subjectPersonId()).isEqualTo(mentee.getId());
                    });
                });
        assertThat(checkIns.get(program.actor(mentee), checkIn.getId()).getStatus()).isEqualTo(CheckInStatus.HELD);
    }

    private CheckIn planned(Person mentor, Person mentee) {
        return checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(2).atTime(18, 0), "Europe/Berlin", java.util.List.of("Talk about the event")));
    }

    private static String plan(Person mentee, String at, String goals) {
        return "{\"menteeId\": %d, \"scheduledFor\": \"%s\", \"goals\": %s}".formatted(mentee.getId(), at, goals);
    }
}
