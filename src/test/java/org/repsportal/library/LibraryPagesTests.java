package org.repsportal.library;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class LibraryPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String SCRIPT = "<script>alert('stolen')</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Library library;

    private SopPage aPage(Person council) {
        String slug = "web-page-" + SEQUENCE.incrementAndGet();
        return library.createPage(program.actor(council), new NewPage(slug, "Web page " + slug, null, "## First\n\nSome text."));
    }

    @Test
    void aSuggestionWithAScriptInItIsStoredAsTypedAndShownHarmlessly() throws Exception {
        Person council = program.council("Cora");
        Person rep = program.rep("Sami");
        SopPage page = aPage(council);

        MvcResult posted = mvc.perform(post("/library/{slug}/suggestions", page.getSlug()).with(csrf())
                        .header("Authorization", Program.bearer(rep))
                        .param("baseVersion", "1")
                        .param("body", "## First\n\nSome text. " + SCRIPT + "\n\n<img src=x onerror=alert(1)>")
                        .param("note", "Adds a greeting " + SCRIPT))
                .andExpect(redirectedUrlPattern("/library/suggestions/*"))
                .andExpect(flash().attribute("flash", "library.suggestion.saved"))
                .andReturn();
        long id = Long.parseLong(posted.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

        EditSuggestion stored = library.getSuggestion(id);
        assertThat(stored.getBody()).contains(SCRIPT);
        assertThat(stored.getNote()).contains(SCRIPT);

        String html = mvc.perform(get("/library/suggestions/{id}", id).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(view().name("library/suggestion"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert", "<img")
                .contains("&lt;script&gt;alert(&#39;stolen&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void anAcceptedScriptStaysHarmlessOnThePageAndInTheApi() throws Exception {
        Person council = program.council("Ciro");
        SopPage page = aPage(council);
        EditSuggestion suggestion = library.suggest(program.actor(council), page.getSlug(),
                new NewSuggestion(1, "## First\n\n" + SCRIPT + " [x](javascript:alert(1))", "test"));
        library.accept(program.actor(council), suggestion.getId(), null);

        mvc.perform(get("/library/{slug}", page.getSlug()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript"))));
        mvc.perform(get("/api/v1/library/pages/{slug}", page.getSlug()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.html", not(containsString("<script"))))
                .andExpect(jsonPath("$.markdown", containsString(SCRIPT)));
    }

    @Test
    void theApiListsPagesWithVersionReviewDateAndOutdatedFlag() throws Exception {
        Person rep = program.rep("Rina");

        mvc.perform(get("/api/v1/library/pages").param("size", "100").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].slug", hasItem("mentor-training")))
                .andExpect(jsonPath("$.items[?(@.slug == 'mentor-training')].outdated", hasItem(true)))
                .andExpect(jsonPath("$.items[0].version").isNumber())
                .andExpect(jsonPath("$.items[0].reviewBy").isString())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/library/pages/{slug}", "no-such-page").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRepMayNotAcceptASuggestion() throws Exception {
        Person council = program.council("Cleo");
        Person rep = program.rep("Remy");
        SopPage page = aPage(council);
        EditSuggestion suggestion = library.suggest(program.actor(rep), page.getSlug(), new NewSuggestion(1, "other", "why"));

        mvc.perform(post("/api/v1/library/suggestions/{id}/accept", suggestion.getId()).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/library/suggestions/{id}/accept", suggestion.getId()).with(csrf()).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
    }

    @Test
    void rejectingWithoutACommentComesBackWithAFieldError() throws Exception {
        Person council = program.council("Cyan");
        Person rep = program.rep("Rosa");
        SopPage page = aPage(council);
        EditSuggestion suggestion = library.suggest(program.actor(rep), page.getSlug(), new NewSuggestion(1, "other", "why"));

        mvc.perform(post("/library/suggestions/{id}/reject", suggestion.getId()).with(csrf())
                        .header("Authorization", Program.bearer(council)).param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decision", "comment", "library.decision.comment.required"))
                .andExpect(content().string(containsString("aria-describedby=\"comment-hint comment-error\"")));
    }

    @Test
    void theLibraryPageListsPagesAndResourcesAndTheReviewPageIsForTheCouncil() throws Exception {
        Person council = program.council("Coco");
        Person rep = program.rep("Ruth");

        mvc.perform(get("/library").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentor training")))
                .andExpect(content().string(containsString("id=\"resources\"")));
        mvc.perform(get("/library/mentor-training").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"outdated-notice\"")))
                .andExpect(content().string(containsString("id=\"read-form\"")));
        mvc.perform(get("/library/review").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/library/review").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk());
    }

    @Test
    void addingALinkWithABadAddressKeepsWhatWasTyped() throws Exception {
        Person rep = program.rep("Rolf");

        mvc.perform(post("/library/resources").with(csrf()).header("Authorization", Program.bearer(rep))
                        .param("title", "Handy guide").param("url", "not a url").param("topic", "MENTORING"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resource", "url", "library.resource.url.invalid"))
                .andExpect(content().string(containsString("value=\"Handy guide\"")));
    }
}
