package org.repsportal.availability;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class AbsenceFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void badInputShowsFieldErrorsKeepsWhatWasTypedAndStoresNothing() throws Exception {
        Person rep = program.rep("Mareike");
        LocalDate from = LocalDate.now(clock).plusDays(6);

        mvc.perform(post("/absences").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("from", from.toString()).param("to", from.minusDays(1).toString())
                        .param("delegateId", String.valueOf(rep.getId())).param("reason", "Exams")
                        .param("autoReply", "Back after my exams"))
                .andExpect(status().isOk())
                .andExpect(view().name("availability/form"))
                .andExpect(model().attributeHasFieldErrorCode("absence", "to", "absence.to.beforeFrom"))
                .andExpect(model().attributeHasFieldErrorCode("absence", "delegateId", "absence.delegate.self"))
                .andExpect(content().string(containsString("value=\"" + from + "\"")))
                .andExpect(content().string(containsString("value=\"Exams\"")))
                .andExpect(content().string(containsString("Back after my exams</textarea>")))
                .andExpect(content().string(containsString("You cannot be your own delegate")));

        assertThat(jdbc.sql("select count(*) from absences where person_id = ?").param(rep.getId()).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownDelegateTypedWithoutChoosingIsAFieldErrorAndTheTypedTextIsKept() throws Exception {
        Person rep = program.rep("Nils");
        LocalDate from = LocalDate.now(clock).plusDays(6);

        mvc.perform(post("/absences").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("from", from.toString()).param("to", from.plusDays(2).toString())
                        .param("q", "nobody@nowhere.example").param("autoReply", "Away"))
                .andExpect(model().attributeHasFieldErrorCode("absence", "delegateId", "absence.delegate.notMember"))
                .andExpect(content().string(containsString("value=\"nobody@nowhere.example\"")));
    }

    @Test
    void aDelegateTypedByEmailOrNameWithoutChoosingIsFound() throws Exception {
        Person rep = program.rep("Quentin");
        Person delegate = program.rep("Wilhelmina Quorrington");
        LocalDate from = LocalDate.now(clock).plusDays(6);

        mvc.perform(post("/absences").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("from", from.toString()).param("to", from.plusDays(2).toString())
                        .param("q", delegate.getEmail().toUpperCase()).param("autoReply", "Away"))
                .andExpect(redirectedUrl("/absences"));
        mvc.perform(post("/absences").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("from", from.plusDays(10).toString()).param("to", from.plusDays(12).toString())
                        .param("q", "wilhelmina quorrington").param("autoReply", "Away"))
                .andExpect(redirectedUrl("/absences"));
        assertThat(jdbc.sql("select delegate_id from absences where person_id = ?").param(rep.getId()).query(Long.class).list())
                .containsExactly(delegate.getId(), delegate.getId());
    }

    @Test
    void aValidAbsenceIsDeclaredAndListedThenCancelled() throws Exception {
        Person rep = program.rep("Olga");
        Person delegate = program.rep("Pavel");
        Cookie session = SignIn.as(mvc, rep);
        LocalDate from = LocalDate.now(clock).plusDays(6);

        mvc.perform(get("/absences/new").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you for your message.")));
        mvc.perform(post("/absences").cookie(session).with(csrf())
                        .param("from", from.toString()).param("to", from.plusDays(2).toString())
                        .param("delegateId", String.valueOf(delegate.getId())).param("autoReply", "Away"))
                .andExpect(redirectedUrl("/absences"));
        mvc.perform(get("/absences").cookie(session))
                .andExpect(content().string(containsString(from + " to " + from.plusDays(2))))
                .andExpect(content().string(containsString("Pavel")))
                .andExpect(content().string(containsString("Cancel absence")));

        long id = jdbc.sql("select id from absences where person_id = ?").param(rep.getId()).query(Long.class).single();
        mvc.perform(get("/absences/{id}/edit", id).cookie(session))
                .andExpect(content().string(containsString("<option value=\"" + delegate.getId() + "\" selected=\"selected\">Pavel · Germany · Rep</option>")));
        mvc.perform(post("/absences/{id}/end", id).cookie(session).with(csrf())).andExpect(redirectedUrl("/absences"));
        assertThat(jdbc.sql("select state from absences where id = ?").param(id).query(String.class).single()).isEqualTo("CANCELLED");
    }

    @Test
    void someoneElsesAbsenceCannotBeOpenedForChange() throws Exception {
        Person rep = program.rep("Quinn");
        Person other = program.rep("Rosa");
        LocalDate from = LocalDate.now(clock).plusDays(6);
        mvc.perform(post("/absences").cookie(SignIn.as(mvc, rep)).with(csrf())
                .param("from", from.toString()).param("to", from.plusDays(2).toString()).param("autoReply", "Away"));
        long id = jdbc.sql("select id from absences where person_id = ?").param(rep.getId()).query(Long.class).single();

        mvc.perform(get("/absences/{id}/edit", id).cookie(SignIn.as(mvc, other))).andExpect(status().isNotFound());
        mvc.perform(post("/absences/{id}/end", id).cookie(SignIn.as(mvc, other)).with(csrf())).andExpect(status().isNotFound());
    }
}
