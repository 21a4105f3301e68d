package org.repsportal;

import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ApiDescriptionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void theOpenApiDescriptionAndItsUiAreForSignedInPeopleOnly() throws Exception {
        // the description is JSON: a client without a session gets a 401 problem, a browser page the sign-in
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html").header("Authorization", Program.bearer(program.rep("Reader"))))
                .andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionListsTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Authorization", Program.bearer(program.rep("Describer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].get").exists());
    }

    @Test
    void theDescriptionLeavesThePagesOut() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Authorization", Program.bearer(program.rep("Describer"))))
                .andExpect(jsonPath("$.paths['/people/{id}/edit']").doesNotExist());
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
