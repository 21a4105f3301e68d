package org.repsportal.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People are named, never numbered: no template writes a "#" before a value into what a person reads ("#68",
 * "Ana (#68)"), and no message puts one before an argument. Anchors ({@code th:href="'#' + ${field}"}) are links,
 * not text, and stay allowed.
 */
class PersonIdTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");

    /** Messages that may put "#" before an argument, with the reason. */
    private static final Map<String, String> EXEMPT_MESSAGES = Map.of(
            "people.erase.intro", "describes the pseudonym an erased person's record keeps, to the Admin who erases");

    /** Attributes whose value becomes text a person reads (or hears). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:title", "th:placeholder",
            "th:alt", "th:aria-label", "th:value", "th:content", "data-th-text", "th:label");

    /** In {@code th:attr}, the assignments to attributes a person reads or hears. */
    private static final Pattern TEXT_ASSIGNMENT = Pattern.compile(
            "(?:^|,)\\s*(?:title|aria-label|alt|placeholder|label|value|data-label|content)\\s*=([^,]*)");

    /** A string literal ending in "#" joined to an expression, or a literal substitution with "#" before a value. */
    private static final Pattern HASH_BEFORE_VALUE = Pattern.compile(
            "'[^']*#\\s*'\\s*\\+|\\|[^|]*#\\s*\\$\\{|#\\s*\\[\\[|#\\s*\\[\\(");

    /** "#" before an argument of a message: "(#{0})", "#{1}". */
    private static final Pattern HASH_BEFORE_ARGUMENT = Pattern.compile("(?<!\\d)#\\{\\d+[^}]*}");

    static List<String> numberedPeople(Document template) {
        var found = new ArrayList<String>();
        for (Element element : template.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                boolean shown = TEXT_ATTRIBUTES.contains(attribute.getKey()) && HASH_BEFORE_VALUE.matcher(attribute.getValue()).find();
                if ("th:attr".equals(attribute.getKey())) {
                    var assignments = TEXT_ASSIGNMENT.matcher(attribute.getValue());
                    while (assignments.find()) {
                        shown |= HASH_BEFORE_VALUE.matcher(assignments.group(1)).find();
                    }
                }
                if (shown) {
                    found.add("<" + element.tagName() + " " + attribute.getKey() + "=\"" + attribute.getValue() + "\">");
                }
            }
            for (TextNode text : element.textNodes()) {
                if (HASH_BEFORE_VALUE.matcher(text.getWholeText()).find()) {
                    found.add("<" + element.tagName() + ">" + text.getWholeText().strip());
                }
            }
        }
        return found;
    }

    @Test
    void theCheckFindsANumberShownAndLeavesAnchorsAlone() {
        assertThat(numberedPeople(Jsoup.parse("<span th:text=\"'#' + ${p.id()}\">#1</span>"))).hasSize(1);
        assertThat(numberedPeople(Jsoup.parse("<span th:text=\"${p.name} + ' (#' + ${p.id} + ')'\">x</span>"))).hasSize(1);
        assertThat(numberedPeople(Jsoup.parse("<span th:text=\"|Mentor #${id}|\">x</span>"))).hasSize(1);
        assertThat(numberedPeople(Jsoup.parse("<p>Person #[[${id}]]</p>"))).hasSize(1);
        assertThat(numberedPeople(Jsoup.parse("<option th:attr=\"label='#' + ${o.id()}\">x</option>"))).hasSize(1);
        assertThat(numberedPeople(Jsoup.parse("<a th:href=\"'#' + ${e.fieldName}\" th:text=\"${e.message}\">e</a>"
                + "<a th:href=\"|#choice-${k}|\">c</a><div th:attr=\"data-hx-target='#' + ${id}\"></div>"))).isEmpty();
    }

    @Test
    void theMessageCheckTellsANumberSignFromAChoice() {
        assertThat(HASH_BEFORE_ARGUMENT.matcher("Ana (#{0})").find()).isTrue();
        assertThat(HASH_BEFORE_ARGUMENT.matcher("{0,choice,0#same time zone|1#{0} h apart}").find()).isFalse();
    }

    @Test
    void noTemplateShowsAPersonsNumber() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                for (String where : numberedPeople(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)))) {
                    found.add(TEMPLATES.relativize(file) + ": " + where);
                }
            }
        }
        assertThat(found).as("templates that write a number with # for people to read").isEmpty();
    }

    @Test
    void noMessagePutsANumberSignBeforeAnArgument() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                var messages = new Properties();
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                for (String key : messages.stringPropertyNames()) {
                    if (!EXEMPT_MESSAGES.containsKey(key) && HASH_BEFORE_ARGUMENT.matcher(messages.getProperty(key)).find()) {
                        found.add(BUNDLES.relativize(file) + ": " + key + "=" + messages.getProperty(key));
                    }
                }
            }
        }
        assertThat(found).as("messages that number a person").isEmpty();
    }
}
