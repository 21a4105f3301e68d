package org.repsportal.concerns;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Raising a concern through the form and the API: field errors, typed text kept, the ABUSE reporting route. */
@PortalTest
class ConcernFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormLinksTheGuidelinesAndShowsTheReportingRoute() throws Exception {
        Person rep = program.rep("Form Fiona");
        mvc.perform(get("/concerns/new").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://www.mozilla.org/about/governance/policies/participation/\"")))
                .andExpect(content().string(containsString("https://www.mozilla.org/about/governance/policies/participation/reporting/")))
                .andExpect(content().string(containsString("you report; you do not investigate on your own")))
                .andExpect(content().string(containsString("id=\"reportingRouteFollowed\"")));
    }

    @Test
    void theGuidanceFollowsTheChosenCategory() throws Exception {
        Person rep = program.rep("Guided Gert");
        Person mentor = program.mentor("Guiding Gaby");
        program.assign(rep, mentor);
        mvc.perform(get("/concerns/new/guidance").param("category", "CONFLICT").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Involve my mentor, Guiding Gaby")))
                .andExpect(content().string(not(containsString("reportingRouteFollowed"))));
        mvc.perform(get("/concerns/new/guidance").param("category", "ABUSE").header("Authorization", Program.bearer(rep)))
                .andExpect(content().string(containsString("reportingRouteFollowed")))
                .andExpect(content().string(not(containsString("involveMentor"))));
    }

    @Test
    void aMissingCategoryAndSummaryAreFieldErrorsAndTheTypedTextIsKept() throws Exception {
        Person rep = program.rep("Typing Tom");
        mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("summary", "").param("details", "Kept <b>details</b> & more"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("concern", "category", "council.concern.category.required"))
                .andExpect(model().attributeHasFieldErrorCode("concern", "summary", "council.concern.summary.required"))
                .andExpect(content().string(containsString("Please choose what the concern is about.")))
                .andExpect(content().string(containsString("aria-describedby=\"summary-error\"")))
                .andExpect(content().string(containsString("Kept &lt;b&gt;details&lt;/b&gt; &amp; more")));
        assertThat(concernsBy(rep)).isZero();
    }

    @Test
    void abusiveBehaviourWithoutTheReportingRouteConfirmedIsAFieldError() throws Exception {
        Person rep = program.rep("Hasty Hanna");
        mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("category", "ABUSE").param("summary", "Insults at the meetup").param("details", "What happened"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("concern", "reportingRouteFollowed", "council.concern.route.required"))
                .andExpect(content().string(containsString("value=\"Insults at the meetup\"")))
                .andExpect(content().string(containsString("href=\"#reportingRouteFollowed\"")));
        assertThat(concernsBy(rep)).isZero();

        mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("category", "ABUSE").param("summary", "Insults at the meetup").param("details", "What happened")
                        .param("reportingRouteFollowed", "true"))
                .andExpect(redirectedUrlPattern("/concerns/*"));
        assertThat(jdbc.sql("select reporting_route_followed from concerns where reporter_id = ?").param(rep.getId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void thePersonConcernedIsChosenInThePickerOrTypedByNameAndAnUnknownNameIsAFieldError() throws Exception {
        Person rep = program.rep("Picking Pia");
        Person other = program.rep("Zebulon Quaintly");
        mvc.perform(get("/people/pick").param("purpose", "ANYONE").param("q", "Zebulon Quain").header("Authorization", Program.bearer(rep)))
                .andExpect(content().string(containsString(">Zebulon Quaintly · Germany · Rep</option>")))
                .andExpect(content().string(not(containsString("(#"))));

        mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("category", "PERSONAL").param("aboutPersonId", "").param("q", "Nobody Byname")
                        .param("summary", "s").param("details", "d"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("concern", "aboutPersonId", "council.concern.aboutPerson.unknown"))
                .andExpect(content().string(containsString("value=\"Nobody Byname\"")))
                .andExpect(content().string(containsString("href=\"#aboutPersonId\"")));

        MvcResult raised = mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("category", "PERSONAL").param("aboutPersonId", String.valueOf(other.getId())).param("q", "Zeb")
                        .param("summary", "About Zebulon").param("details", "d"))
                .andExpect(redirectedUrlPattern("/concerns/*")).andReturn();
        assertThat(jdbc.sql("select about_person_id from concerns where reporter_id = ?").param(rep.getId()).query(Long.class).single())
                .isEqualTo(other.getId());
        mvc.perform(get(raised.getResponse().getRedirectedUrl()).header("Authorization", Program.bearer(rep)))
                .andExpect(content().string(containsString("About Zebulon")));

        // without JavaScript the name is typed in the search box and sent as it is
        Person typing = program.rep("Typing Tamsin");
        mvc.perform(post("/concerns").header("Authorization", Program.bearer(typing)).with(csrf())
                        .param("category", "PERSONAL").param("q", "zebulon quaintly")
                        .param("summary", "Typed").param("details", "d"))
                .andExpect(redirectedUrlPattern("/concerns/*"));
        assertThat(jdbc.sql("select about_person_id from concerns where reporter_id = ?").param(typing.getId()).query(Long.class).single())
                .isEqualTo(other.getId());
    }

    @Test
    void aChosenPersonStaysChosenWithTheirLabelWhenTheFormIsShownAgain() throws Exception {
        Person rep = program.rep("Keeping Kai");
        Person other = program.rep("Yolanda Quillfeather");
        mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("category", "PERSONAL").param("aboutPersonId", String.valueOf(other.getId()))
                        .param("summary", " ").param("details", "d"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("concern", "summary", "council.concern.summary.required"))
                .andExpect(content().string(containsString("<option value=\"" + other.getId()
                        + "\" selected=\"selected\">Yolanda Quillfeather · Germany · Rep</option>")));
    }

    @Test
    void twoPeopleOfTheTypedNameAskToChooseOneAndTheListOffersBoth() throws Exception {
        Person rep = program.rep("Asking Astrid");
        Person one = program.rep("Xavier Twinsworth");
        Person two = program.rep("Xavier Twinsworth");
        mvc.perform(post("/concerns").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("category", "PERSONAL").param("q", "Xavier Twinsworth").param("summary", "s").param("details", "d"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("concern", "aboutPersonId", "council.concern.aboutPerson.ambiguous"))
                .andExpect(content().string(containsString("value=\"" + one.getId() + "\"")))
                .andExpect(content().string(containsString("value=\"" + two.getId() + "\"")));
        assertThat(concernsBy(rep)).isZero();
    }

    @Test
    void theApiRaisesAConcernAndAnswersBadInputWithFieldErrors() throws Exception {
        Person rep = program.rep("Api Ari");
        mvc.perform(post("/api/v1/concerns").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"SUCCESS_OR_IDEA\", \"summary\": \"Buddy system\", \"details\": \"It worked\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        mvc.perform(post("/api/v1/concerns").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"ABUSE\", \"aboutPersonId\": 987654321, \"summary\": \" \", \"details\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("aboutPersonId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reportingRouteFollowed")));
        mvc.perform(post("/api/v1/concerns").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"s\", \"details\": \"d\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")));
        assertThat(concernsBy(rep)).isOne();
    }

    @Test
    void anAdminWhoIsNotARepCannotRaiseAConcern() throws Exception {
        Person admin = program.admin("Staff Stella");
        mvc.perform(get("/concerns/new").header("Authorization", Program.bearer(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/concerns").header("Authorization", Program.bearer(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"PERSONAL\", \"summary\": \"s\", \"details\": \"d\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", startsWith("Concerns are raised by Reps and mentors")));
    }

    @Test
    void resolvingWithoutAResolutionIsAFieldErrorOnTheCasePage() throws Exception {
        Person rep = program.rep("Waiting Wanda");
        Person council = program.council("Resolving Rosa");
        String location = mvc.perform(post("/api/v1/concerns").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"FUNDS_OR_SWAG\", \"summary\": \"Swag sold\", \"details\": \"Online\"}"))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/api/v1/concerns/" + id + "/acknowledge").header("Authorization", Program.bearer(council)));
        mvc.perform(post("/api/v1/concerns/" + id + "/start").header("Authorization", Program.bearer(council)));

        mvc.perform(post("/concerns/" + id + "/resolve").header("Authorization", Program.bearer(council)).with(csrf()).param("resolution", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resolutionForm", "resolution", "council.concern.resolution.required"))
                .andExpect(content().string(containsString("Please write what was done about the concern.")));
        mvc.perform(get("/api/v1/concerns/" + id).header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.timeToAcknowledgeSeconds").isNumber());
    }

    private long concernsBy(Person person) {
        return jdbc.sql("select count(*) from concerns where reporter_id = ?").param(person.getId()).query(Long.class).single();
    }
}
