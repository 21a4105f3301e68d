package org.repsportal.contract;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The published API description tells the truth about the caller, security, statuses and fields. */
@PortalTest
class ApiContractTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.repsportal.support.Program program;

    private OpenAPI api;

    @BeforeEach
    void readTheDescription() throws Exception {
        // the description is for signed-in people (portal.api-docs.public=false)
        String description = mvc.perform(get("/v3/api-docs")
                        .header("Authorization", org.repsportal.support.Program.bearer(program.rep("Contract Reader"))))
                .andReturn().getResponse().getContentAsString();
        var parsed = new OpenAPIV3Parser().readContents(description, null, null);
        assertThat(parsed.getMessages()).isEmpty();
        api = parsed.getOpenAPI();
    }

    @Test
    void noOperationTakesTheCallerAsAParameter() {
        List<String> withActor = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getName().equals("actor"))) {
                withActor.add(method + " " + path);
            }
        }));
        assertThat(withActor).isEmpty();
    }

    @Test
    void bearerTokensAreTheDeclaredSecurityAndTheCalendarFeedNeedsNone() {
        assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
        assertThat(api.getSecurity()).anySatisfy(requirement -> assertThat(requirement).containsKey("bearer"));
        assertThat(api.getPaths().get("/api/v1/calendar/{token}.ics").getGet().getSecurity()).isEmpty();
    }

    @Test
    void creatingOperationsDocument201AndEveryOperationItsProblems() {
        assertThat(api.getPaths().get("/api/v1/reports").getPost().getResponses()).containsKeys("201", "400", "401", "403", "415")
                .doesNotContainKey("200");
        assertThat(api.getPaths().get("/api/v1/board/threads/{id}/follow").getPut().getResponses()).containsKey("204");
        var notFound = api.getPaths().get("/api/v1/people/{id}").getGet().getResponses().get("404");
        assertThat(notFound.getContent().get("application/problem+json").getSchema().get$ref()).endsWith("/Problem");
        assertThat(api.getComponents().getSchemas().get("Problem").getRequired()).contains("type", "title", "status");
    }

    @Test
    void answersListEveryFieldAsPresentAndSayWhichMayBeNull() {
        var me = api.getComponents().getSchemas().get("Me");
        assertThat(me.getRequired()).contains("id", "displayName", "email", "roles", "mentorId");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) me.getProperties().get("mentorId")).getNullable()).isTrue();
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) me.getProperties().get("id")).getNullable()).isNotEqualTo(Boolean.TRUE);
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) me.getProperties().get("roles")).getNullable()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void enumFieldsListTheirValues() {
        var roles = (io.swagger.v3.oas.models.media.Schema<?>) api.getComponents().getSchemas().get("Me").getProperties().get("roles");
        assertThat(roles.getItems().getEnum()).map(String::valueOf).contains("REP", "MENTOR", "COUNCIL", "ADMIN");
    }
}
