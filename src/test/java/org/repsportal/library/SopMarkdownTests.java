package org.repsportal.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SopMarkdownTests {

    private final SopMarkdown markdown = new SopMarkdown();

    @Test
    void headingsListsEmphasisAndLinksAreRendered() {
        String html = markdown.toSafeHtml("""
                ## Check-ins

                - plan a **first** check-in
                - read [the guide](https://example.org/guide)
                """);

        assertThat(html).contains("<h2>Check-ins</h2>", "<strong>first</strong>", "<li>")
                .contains("href=\"https://example.org/guide\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void aScriptInTheMarkdownIsShownAsTextAndNeverRuns() {
        String html = markdown.toSafeHtml("Hello <script>alert('x')</script> there");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void eventHandlersStylesAndFramesDoNotSurvive() {
        String html = markdown.toSafeHtml("""
                <img src=x onerror="alert(1)">

                <iframe src="https://evil.example"></iframe>

                <p style="background:url(javascript:alert(1))" onclick="alert(2)">hi</p>
                """);

        assertThat(html).doesNotContain("<img", "<iframe", "onerror=", "onclick=", "style=");
    }

    @Test
    void scriptLinksAreDropped() {
        String html = markdown.toSafeHtml("[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)");

        assertThat(html).doesNotContain("javascript:", "data:text");
    }

    @Test
    void emptyTextRendersToNothing() {
        assertThat(markdown.toSafeHtml("  ")).isEmpty();
        assertThat(markdown.toSafeHtml(null)).isEmpty();
    }
}
