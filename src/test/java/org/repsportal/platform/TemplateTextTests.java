package org.repsportal.platform;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The template check itself finds what it is meant to find, and only that. */
class TemplateTextTests {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::title}, ~{::section})}">
            <head><title>%s</title></head>
            <body><section>%s</section></body>
            </html>""";

    private static java.util.List<String> literals(String title, String section) {
        return TemplateText.literalTexts(Jsoup.parse(PAGE.formatted(title, section)));
    }

    @Test
    void textReplacedByAMessageIsFine() {
        assertThat(TemplateText.literalTexts(Jsoup.parse("<title th:text=\"#{app.name}\">Portal</title>"))).isEmpty();
        assertThat(literals("",
                "<h1 th:text=\"#{directory.title}\">Directory</h1><p th:utext=\"#{x}\"><b>Bold</b> text</p>")).isEmpty();
    }

    @Test
    void findsLiteralTextInTheSectionAPagePassesToTheLayout() {
        assertThat(literals("", "<h1 th:text=\"#{t}\">T</h1><p>Welcome back</p>"))
                .singleElement().asString().contains("section > p").contains("Welcome back");
    }

    @Test
    void findsALiteralTitleInTheHeadOfAPageWhoseHtmlIsReplaced() {
        assertThat(literals("Directory", "")).singleElement().asString().contains("title");
    }

    @Test
    void findsTextInAnElementNestedInOneWithoutTh() {
        assertThat(literals("", "<div><p><span>Nested words</span></p></div>")).hasSize(1);
    }

    @Test
    void textInsideAnElementReplacedByAFragmentFromElsewhereIsNeverShown() {
        assertThat(literals("", "<div th:replace=\"~{fragments/forms :: errorSummary('x')}\"><p>Prototype</p></div>"))
                .isEmpty();
        assertThat(literals("", "<div th:insert=\"~{fragments/pager :: pager(${r})}\">Prototype</div>")).isEmpty();
        assertThat(literals("", "<p th:remove=\"all\">Only in the prototype</p>")).isEmpty();
    }

    @Test
    void numbersAndPunctuationAreNotText() {
        assertThat(literals("", "<p>· — 42 / ( )</p>")).isEmpty();
    }

    @Test
    void findsLiteralVisibleAttributes() {
        assertThat(literals("", "<input placeholder=\"Search people\"><img alt=\"Logo\" src=\"x.png\">"
                + "<button aria-label=\"Close\" th:text=\"#{c}\">x</button><input type=\"submit\" value=\"Go\">"))
                .hasSize(4);
        assertThat(literals("", "<input th:placeholder=\"#{p}\" placeholder=\"Search\">"
                + "<table><tr><td th:attr=\"data-label=#{l},title=#{t}\" title=\"Name\" th:text=\"${n}\">n</td></tr></table>"))
                .isEmpty();
    }

    @Test
    void findsWordsJoinedIntoAnExpression() {
        assertThat(literals("", "<p th:text=\"'Hello ' + ${name}\">Hi</p>")).singleElement().asString().contains("Hello");
        assertThat(literals("", "<p th:text=\"${a} + ', ' + ${#temporals.format(d, 'd MMMM yyyy')} + #{x}\">Hi</p>"))
                .isEmpty();
    }

    @Test
    void inlinedMessagesAreNotLiteralText() {
        assertThat(literals("", "<p>[[#{hello}]]</p>")).isEmpty();
    }

    @Test
    void readsLiteralPrefixedAndDynamicKeys() {
        var uses = TemplateText.keyUses(Jsoup.parse("""
                <p th:text="#{mentorship.title(${m.name})} + ' · ' + #{app.name}"></p>
                <span th:text="#{'role.' + ${r}}"></span>
                <div th:text="#{${flash}}"></div>
                <p>[[#{inline.key}]]</p>"""));

        assertThat(uses).extracting(TemplateText.KeyUse::key)
                .containsExactly("mentorship.title", "app.name", "role.", null, "inline.key");
        assertThat(uses.get(2).prefixOnly()).isTrue();
    }
}
