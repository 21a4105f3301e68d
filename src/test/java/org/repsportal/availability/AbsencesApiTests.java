package org.repsportal.availability;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AbsencesApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDeclaredAbsenceIsCreatedWithItsDelegate() throws Exception {
        Person rep = program.rep("Amara");
        Person delegate = program.rep("Bruno");
        LocalDate from = today().plusDays(3);

        declare(rep, """
                {"from": "%s", "to": "%s", "delegateId": %d, "reason": "Family visit", "autoReply": "Back soon"}"""
                .formatted(from, from.plusDays(9), delegate.getId()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/absences/")))
                .andExpect(jsonPath("$.from").value(from.toString()))
                .andExpect(jsonPath("$.to").value(from.plusDays(9).toString()))
                .andExpect(jsonPath("$.delegateId").value(delegate.getId()))
                .andExpect(jsonPath("$.delegateName").value("Bruno"))
                .andExpect(jsonPath("$.reason").value("Family visit"));
    }

    @Test
    void badInputAnswers422NamingEachFieldAndStoresNothing() throws Exception {
        Person rep = program.rep("Chidi");
        LocalDate from = today().plusDays(10);

        declare(rep, """
                {"from": "%s", "to": "%s", "delegateId": %d, "autoReply": ""}""".formatted(from, from.minusDays(2), rep.getId()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "delegateId", "autoReply")))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message").value("The last day cannot be before the first day."));

        declare(rep, """
                {"from": "next monday", "to": "%s", "autoReply": "Away"}""".formatted(from))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));

        assertThat(absencesOf(rep)).isZero();
    }

    @Test
    void aRepAbsenceOverTwelveWeeksIsRefusedWithTheReason() throws Exception {
        Person rep = program.rep("Dara");
        LocalDate from = today().plusDays(1);

        declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(from, from.plusWeeks(12)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 12 weeks")));
        declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(from, from.plusWeeks(12).minusDays(1)))
                .andExpect(status().isCreated());
    }

    @Test
    void anOverlappingAbsenceIsRefused() throws Exception {
        Person rep = program.rep("Eitan");
        LocalDate from = today().plusDays(5);
        declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(from, from.plusDays(5))).andExpect(status().isCreated());

        declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away again"}""".formatted(from.plusDays(5), from.plusDays(8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        assertThat(absencesOf(rep)).isEqualTo(1);
    }

    @Test
    void aDelegateAwayDuringTheAbsenceIsRefused() throws Exception {
        Person rep = program.rep("Farah");
        Person delegate = program.rep("Gideon");
        LocalDate from = today().plusDays(20);
        declare(delegate, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(from.plusDays(3), from.plusDays(4))).andExpect(status().isCreated());

        declare(rep, """
                {"from": "%s", "to": "%s", "delegateId": %d, "autoReply": "Away"}""".formatted(from, from.plusDays(7), delegate.getId()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("delegateId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("away themselves")));
    }

    @Test
    void aMentorAwayForFourMonthsMustRequestReassignmentOrGiveAPlan() throws Exception {
        Person mentor = program.mentor("Hana");
        program.assign(program.rep("Ilya"), mentor);
        LocalDate from = today().plusDays(7);

        declare(mentor, """
                {"from": "%s", "to": "%s", "autoReply": "On sabbatical"}""".formatted(from, from.plusMonths(4)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("plan"));

        declare(mentor, """
                {"from": "%s", "to": "%s", "autoReply": "On sabbatical", "plan": "Jo checks in with Ilya monthly"}"""
                .formatted(from, from.plusMonths(4)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plan").value("Jo checks in with Ilya monthly"));
    }

    @Test
    void othersSeeWhenSomeoneIsAwayButNotWhy() throws Exception {
        Person rep = program.rep("Jonas");
        Person other = program.rep("Kemal");
        LocalDate from = today().plusDays(2);
        declare(rep, """
                {"from": "%s", "to": "%s", "reason": "Surgery", "autoReply": "Away"}""".formatted(from, from.plusDays(4)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/absences").param("person", rep.getId().toString()).header("Authorization", Program.bearer(other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].from").value(from.toString()))
                .andExpect(jsonPath("$.items[0].reason").value(nullValue()));
        mvc.perform(get("/api/v1/absences").param("person", rep.getId().toString()).header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.items[0].reason").value("Surgery"));
    }

    @Test
    void endingOrChangingSomeoneElsesAbsenceIsNotFound() throws Exception {
        Person rep = program.rep("Lena");
        Person other = program.rep("Milo");
        long id = idOf(declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(today().plusDays(2), today().plusDays(4))));

        mvc.perform(post("/api/v1/absences/{id}/end", id).header("Authorization", Program.bearer(other)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/absences/{id}", id).header("Authorization", Program.bearer(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"%s\", \"to\": \"%s\", \"autoReply\": \"x\"}"
                                .formatted(today().plusDays(2), today().plusDays(3))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select state from absences where id = ?").param(id).query(String.class).single()).isEqualTo("DECLARED");
    }

    @Test
    void anAbsenceNotBegunIsCancelledAndOneGoingOnEndsToday() throws Exception {
        Person rep = program.rep("Nadia");
        long later = idOf(declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(today().plusDays(10), today().plusDays(12))));
        long now = idOf(declare(rep, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(today().minusDays(3), today().plusDays(3))));

        mvc.perform(post("/api/v1/absences/{id}/end", later).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(post("/api/v1/absences/{id}/end", now).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENDED"))
                .andExpect(jsonPath("$.to").value(today().minusDays(1).toString()));
        mvc.perform(post("/api/v1/absences/{id}/end", now).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isConflict());
    }

    @Test
    void someoneAwayIsUnavailableInTheirMentorsMenteeList() throws Exception {
        Person mentor = program.mentor("Oskar");
        Person mentee = program.rep("Petra");
        program.assign(mentee, mentor);
        declare(mentee, """
                {"from": "%s", "to": "%s", "autoReply": "Away"}""".formatted(today(), today().plusDays(3))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/mentees").header("Authorization", Program.bearer(mentor)))
                .andExpect(jsonPath("$.items[0].activity").value("UNAVAILABLE"));
    }

    private ResultActions declare(Person person, String json) throws Exception {
        return mvc.perform(post("/api/v1/absences").header("Authorization", Program.bearer(person))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long idOf(ResultActions result) throws Exception {
        String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.<Number>read(body, "$.id").longValue();
    }

    private long absencesOf(Person person) {
        return jdbc.sql("select count(*) from absences where person_id = ?").param(person.getId()).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
