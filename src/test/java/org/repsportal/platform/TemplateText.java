package org.repsportal.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a Thymeleaf template as markup and tells which message keys it uses and which visible text it
 * holds literally instead of taking it from the message bundles.
 */
final class TemplateText {

    /** A message key as written: a literal key, a literal prefix joined to an expression, or a whole expression. */
    record KeyUse(String key, boolean prefixOnly, String expression) {

        boolean isLiteral() {
            return key != null;
        }
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern LITERAL_KEY = Pattern.compile("^\\s*([A-Za-z][\\w.\\-]*)\\s*(\\(.*\\))?\\s*$", Pattern.DOTALL);
    private static final Pattern PREFIXED_KEY = Pattern.compile("^\\s*'([^']*)'\\s*\\+.*$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    /** Attributes that put a whole text in place of the element's body ({@code th:time}, {@code th:date}: TimeDialect). */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:time", "th:date",
            "data-th-text", "data-th-utext", "data-th-errors");
    /** Attributes whose literal value a person reads or hears. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
            "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label");
    /** Expressions whose result is shown as text. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:placeholder", "th:title",
            "th:alt", "th:aria-label", "th:label");

    private TemplateText() {
    }

    /** Every {@code #{...}} in the template's attributes and inlined text. */
    static List<KeyUse> keyUses(Document template) {
        var uses = new ArrayList<KeyUse>();
        for (Element element : template.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (isThymeleaf(attribute.getKey())) {
                    messageExpressions(attribute.getValue()).forEach(body -> uses.add(keyUse(body)));
                }
            }
            for (TextNode text : element.textNodes()) {
                Matcher inlined = INLINED.matcher(text.getWholeText());
                while (inlined.find()) {
                    messageExpressions(inlined.group()).forEach(body -> uses.add(keyUse(body)));
                }
            }
        }
        return uses;
    }

    /** Visible text written into the template rather than taken from a bundle, each with where it is. */
    static List<String> literalTexts(Document template) {
        var found = new ArrayList<String>();
        for (Element element : template.getAllElements()) {
            if (isDropped(element)) {
                continue;
            }
            if (!isBodyReplaced(element) && !fragmentFromElsewhere(element, "insert")) {
                for (TextNode text : element.textNodes()) {
                    String visible = INLINED.matcher(text.getWholeText()).replaceAll("");
                    if (LETTERS.matcher(visible).find()) {
                        found.add(where(element) + " has the text \"" + visible.strip() + "\"");
                    }
                }
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                boolean visibleValue = VISIBLE_ATTRIBUTES.contains(name) || ("value".equals(name) && isButton(element));
                if (visibleValue && LETTERS.matcher(attribute.getValue()).find() && !isSetByThymeleaf(element, name)) {
                    found.add(where(element) + " has the attribute " + name + "=\"" + attribute.getValue() + "\"");
                }
                if (TEXT_EXPRESSIONS.contains(name)) {
                    for (String literal : textLiterals(attribute.getValue())) {
                        found.add(where(element) + " joins the text '" + literal + "' into " + name);
                    }
                }
            }
        }
        return found;
    }

    private static KeyUse keyUse(String body) {
        Matcher literal = LITERAL_KEY.matcher(body);
        if (literal.matches()) {
            return new KeyUse(literal.group(1), false, body);
        }
        Matcher prefixed = PREFIXED_KEY.matcher(body);
        if (prefixed.matches()) {
            return new KeyUse(prefixed.group(1), true, body);
        }
        return new KeyUse(null, false, body);
    }

    /** The bodies of the {@code #{...}} expressions in a text, braces inside them matched. */
    static List<String> messageExpressions(String text) {
        var bodies = new ArrayList<String>();
        int from = 0;
        while (true) {
            int start = text.indexOf("#{", from);
            if (start < 0) {
                return bodies;
            }
            int end = closingBrace(text, start + 1);
            bodies.add(text.substring(start + 2, end));
            from = end + 1;
        }
    }

    /** Quoted literals with letters that an expression shows, outside any inner expression. */
    static Set<String> textLiterals(String expression) {
        var outside = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if ("$*#@~".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                i = closingBrace(expression, i + 1) + 1;
                outside.append(' ');
            } else {
                outside.append(c);
                i++;
            }
        }
        var literals = new LinkedHashSet<String>();
        Matcher quoted = QUOTED.matcher(outside);
        while (quoted.find()) {
            if (LETTERS.matcher(quoted.group(1)).find()) {
                literals.add(quoted.group(1));
            }
        }
        return literals;
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed expression in: " + text);
    }

    private static boolean isThymeleaf(String attribute) {
        return attribute.startsWith("th:") || attribute.startsWith("data-th-") || attribute.startsWith("sec:");
    }

    /** Whether Thymeleaf puts something else in place of the element's own children. */
    private static boolean isBodyReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : BODY_REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            String remove = e.attr("th:remove");
            if ("body".equals(remove)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element never reaches a page: removed, replaced, or inside an element whose body Thymeleaf
     * fills with a fragment from elsewhere. A fragment expression that takes parts of this very template
     * ({@code ~{layout :: page(~{::title}, ~{::section})}}) keeps those parts, so they are checked.
     */
    private static boolean isDropped(Element element) {
        if (fragmentFromElsewhere(element, "replace")) {
            return true;
        }
        for (Element e = element; e != null; e = e.parent()) {
            if ("all".equals(e.attr("th:remove"))) {
                return true;
            }
            if (e != element && (fragmentFromElsewhere(e, "replace") || fragmentFromElsewhere(e, "insert"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fragmentFromElsewhere(Element element, String how) {
        for (String attribute : List.of("th:" + how, "data-th-" + how)) {
            if (element.hasAttr(attribute) && !takesFromThisTemplate(element.attr(attribute))) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesFromThisTemplate(String fragmentExpression) {
        return fragmentExpression.replace(" ", "").contains("~{::") || fragmentExpression.replace(" ", "").contains("~{this::");
    }

    private static boolean isSetByThymeleaf(Element element, String attribute) {
        if (element.hasAttr("th:" + attribute) || element.hasAttr("data-th-" + attribute)) {
            return true;
        }
        String attr = element.attr("th:attr");
        return Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find();
    }

    private static boolean isButton(Element element) {
        String type = element.attr("type").toLowerCase();
        return "input".equals(element.normalName()) && Set.of("submit", "button", "reset").contains(type);
    }

    private static String where(Element element) {
        var path = new ArrayList<String>();
        for (Node n = element; n instanceof Element e && !(n instanceof Document); n = n.parent()) {
            String id = e.id().isEmpty() ? "" : "#" + e.id();
            path.add(0, e.tagName() + id);
        }
        return String.join(" > ", path);
    }
}
