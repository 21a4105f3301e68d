package org.repsportal.notifications;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class NotificationsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Outbox outbox;

    @Test
    void theCallerReadsAndChangesTheirMailSettings() throws Exception {
        Person rep = program.rep("Api");

        mvc.perform(get("/api/v1/me/notifications").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[?(@.category == 'TASKS')].delivery", contains("IMMEDIATELY")))
                .andExpect(jsonPath("$.categories[?(@.category == 'ACCOUNT')].choices[*]", contains("IMMEDIATELY")));

        mvc.perform(put("/api/v1/me/notifications").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\": {\"TASKS\": \"DAILY_DIGEST\", \"COUNCIL\": \"OFF\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[?(@.category == 'TASKS')].delivery", contains("DAILY_DIGEST")))
                .andExpect(jsonPath("$.categories[?(@.category == 'COUNCIL')].delivery", contains("OFF")));
    }

    @Test
    void turningAccountMailOffIsAnInvalidInputProblem() throws Exception {
        Person rep = program.rep("Apia");
        mvc.perform(put("/api/v1/me/notifications").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\": {\"ACCOUNT\": \"OFF\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("choices[ACCOUNT]"));
    }

    @Test
    void anUnknownCategoryOrDeliveryIsABadRequestNotAnError() throws Exception {
        Person rep = program.rep("Apollo");
        mvc.perform(put("/api/v1/me/notifications").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\": {\"TASKS\": \"SOMETIMES\"}}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void adminsReadTheMailLogAndOthersAreForbidden() throws Exception {
        Person admin = program.admin("Apiadmin");
        Person rep = program.rep("Apirep");
        outbox.queue(Mail.to(rep.getId(), MailCategory.REMINDERS, "Time to report", "..."));

        mvc.perform(get("/api/v1/admin/mail").header("Authorization", Program.bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].subject", hasItem("Time to report")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/admin/mail").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
