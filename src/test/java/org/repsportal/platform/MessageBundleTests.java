package org.repsportal.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All page text comes from the message bundles: every key the templates and the code use is in a bundle,
 * and no template holds visible text of its own.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path SOURCES = Path.of("src/main/java");

    /** Keys a template builds from a literal prefix and a value: which values the prefix is joined to. */
    /** For each key prefix a template completes with a value, the values it can take. */
    private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
            names("role.", Role.class),
            Map.entry("layout.language.", List.of("en", "es")),
            names("status.", PersonStatus.class),
            names("mentorship.kind.", AssignmentKind.class),
            Map.entry("reassignment.state.", List.of("PROPOSED", "WITH_COUNCIL", "TAKEN_EFFECT", "REJECTED")),
            Map.entry("alumni.state.", List.of("NOTICED", "ANSWERED", "WITH_COUNCIL", "ALUMNI")),
            names("activity.", org.repsportal.reports.ActivityClass.class),
            names("checkin.status.", "org.repsportal.checkins.CheckInStatus"),
            names("task.type.", org.repsportal.tasks.TaskType.class),
            names("feedback.state.", "org.repsportal.feedback.FeedbackState"),
            names("task.state.", "org.repsportal.tasks.TaskState"),
            names("task.priority.", org.repsportal.tasks.TaskPriority.class),
            names("notifications.category.", org.repsportal.notifications.MailCategory.class),
            names("notifications.delivery.", "org.repsportal.notifications.Delivery"),
            names("notifications.status.", "org.repsportal.notifications.MailStatus"),
            names("library.topic.", org.repsportal.library.ResourceTopic.class),
            names("library.suggestion.state.", "org.repsportal.library.SuggestionState"),
            names("library.resource.status.", "org.repsportal.library.ResourceStatus"),
            names("library.diff.", "org.repsportal.library.DiffLine$Kind"),
            names("orientation.call.kind.", org.repsportal.orientation.CallKind.class),
            names("orientation.call.about.", org.repsportal.orientation.CallKind.class),
            names("orientation.kind.", org.repsportal.orientation.MentorNominationKind.class),
            names("orientation.state.", "org.repsportal.orientation.OrientationState"),
            names("council.audit.action.", "org.repsportal.concerns.AuditAction"),
            names("council.category.", org.repsportal.concerns.ConcernCategory.class),
            names("council.nomination.state.", org.repsportal.leaders.LeaderNominationState.class),
            names("council.state.", "org.repsportal.concerns.ConcernState"),
            names("application.state.", "org.repsportal.applications.ApplicationState"),
            names("application.outcome.", "org.repsportal.applications.Outcome"),
            names("application.stepStatus.", "org.repsportal.applications.Timeline$Status"),
            names("application.referee.state.", "org.repsportal.applications.Referee$State"),
            names("onboarding.pack.state.", "org.repsportal.applications.WelcomePack$State"),
            Map.entry("application.criterion.", List.of("motivation", "contributions", "otherProjects", "goals", "mobilising")),
            Map.entry("application.criterion.short.", List.of("motivation", "contributions", "otherProjects", "goals", "mobilising")),
            Map.entry("application.step.", List.of("submitted", "references", "screening", "interview", "interview.slots",
                    "interview.pick", "interview.booked", "decision", "decision.ACCEPTED", "decision.NOT_YET", "decision.REJECTED",
                    "onboarding")),
            Map.entry("application.waitsOn.", List.of("applicant", "referees", "council", "mentor", "newRep")),
            Map.entry("application.score.", List.of("1", "2", "3", "4")),
            Map.entry("application.funnel.", List.of("submitted", "interviewed", "decided", "onboarded")),
            Map.entry("dashboard.first.", List.of("onboarding", "waitForMentor", "meetMentor", "firstReport")),
            Map.entry("onboarding.item.", List.of("agreement", "profile", "orientation", "lists", "pack")),
            Map.entry("onboarding.tick.", List.of("agreement", "profile", "lists")),
            names("budget.state.", "org.repsportal.budgets.BudgetState"),
            names("budget.category.", "org.repsportal.budgets.LineCategory"),
            names("budget.outcome.", org.repsportal.budgets.Outcome.class),
            names("budget.verdict.", org.repsportal.budgets.Verdict.class),
            names("budget.receipt.kind.", org.repsportal.budgets.Receipts.Kind.class),
            Map.entry("budget.point.", Arrays.stream(org.repsportal.budgets.ReviewPoint.values())
                    .map(org.repsportal.budgets.ReviewPoint::key).toList()),
            Map.entry("budget.flag.", List.of("no-past-outcomes", "attendance-targets-missed", "attendance-above-similar",
                    "no-similar-events", "no-savings-sought", "travel-line", "untimed-items", "few-items",
                    "catering-above-p75", "printing-above-p75")),
            Map.entry("budget.action.", List.of("CREATED", "REVISED", "SUBMITTED", "LEAD_TIME_EXCEPTION", "MENTOR_REVIEW", "COUNCIL_REVIEW",
                    "PASSED_ON", "SENT_BACK", "VOTED", "VOTE_EXTENDED", "APPROVED", "PARTLY_APPROVED", "CHANGES_REQUESTED",
                    "DENIED", "WAITING_RECEIPTS", "CLOSED")),
            Map.entry("orientation.step.", Arrays.stream(org.repsportal.orientation.OrientationStep.values())
                    .map(org.repsportal.orientation.OrientationStep::key).toList()));

    private static Map.Entry<String, List<String>> names(String prefix, Class<? extends Enum<?>> values) {
        return Map.entry(prefix, Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
    }

    /** The same for an enum its module keeps to itself, found by name. */
    private static Map.Entry<String, List<String>> names(String prefix, String enumType) {
        try {
            Object[] constants = Class.forName(enumType).getEnumConstants();
            return Map.entry(prefix, Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no enum " + enumType, e);
        }
    }

    /** A literal the expression appends after the value, as in {@code 'step.' + ${s.key()} + '.title'}. */
    private static final Pattern SUFFIX = Pattern.compile(".*\\+\\s*'([^']*)'\\s*$");

    /** Calls in the code whose string argument is a message key shown on a page or in a problem. */
    private static final List<Pattern> KEYS_IN_CODE = List.of(
            Pattern.compile("refuse\\(\"([^\"]+)\"\\)"),
            Pattern.compile("new (?:Forbidden|RuleViolation|IllegalTransition)Exception\\(\"([^\"]+)\"\\)"),
            Pattern.compile("new FieldProblem\\(\"[^\"]+\",\\s*\"([^\"]+)\"\\)"),
            Pattern.compile("addFlashAttribute\\(\"flash\",\\s*\"([^\"]+)\"\\)"),
            Pattern.compile("\"(error\\.\\d{3}\\.[\\w.-]+)\""));

    private static final Pattern CONSTRAINT = Pattern.compile(
            "@(NotBlank|NotNull|NotEmpty|Size|Email|Pattern|Min|Max|Positive|PositiveOrZero|Past|Future|PastOrPresent|FutureOrPresent|DecimalMin|DecimalMax|Digits)\\b");

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The languages the portal is written in besides English, each bundle's {@code _xx} file. */
    private static final List<String> TRANSLATIONS = List.of("es");

    private static final Pattern TRANSLATION_FILE = Pattern.compile(".*_[a-z]{2}\\.properties");

    /** The English bundles, the base every translation follows. */
    private static List<Path> baseBundles() throws IOException {
        return files(BUNDLES, ".properties").stream()
                .filter(f -> !TRANSLATION_FILE.matcher(f.getFileName().toString()).matches()).toList();
    }

    private static Path translationOf(Path bundle, String language) {
        return bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_" + language + ".properties"));
    }

    private static Properties load(Path bundle) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Map<String, String> messages() throws IOException {
        var all = new LinkedHashMap<String, String>();
        for (Path bundle : baseBundles()) {
            var properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                assertThat(all).as("%s is defined in more than one bundle (again in %s)", key, bundle.getFileName())
                        .doesNotContainKey(key);
                all.put(key, properties.getProperty(key));
            }
        }
        return all;
    }

    private static Document parse(Path template) throws IOException {
        return Jsoup.parse(template.toFile(), "UTF-8");
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString();
    }

    @Test
    void everyBundleIsLoadedByThePortal() throws IOException {
        Properties application = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(reader);
        }
        Set<String> basenames = new TreeSet<>(Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip).toList());

        assertThat(baseBundles()).extracting(f -> "messages/" + f.getFileName().toString().replace(".properties", ""))
                .allMatch(basenames::contains, "listed in spring.messages.basename " + basenames);
    }

    @Test
    void everyMessageKeyATemplateUsesIsInTheBundles() throws IOException {
        Map<String, String> messages = messages();
        var missing = new ArrayList<String>();
        int keys = 0;
        for (Path template : files(TEMPLATES, ".html")) {
            for (TemplateText.KeyUse use : TemplateText.keyUses(parse(template))) {
                keys++;
                if (use.isLiteral() && !use.prefixOnly() && !messages.containsKey(use.key())) {
                    missing.add(name(template) + ": " + use.key());
                } else if (use.prefixOnly()) {
                    List<String> values = PREFIXES.get(use.key());
                    if (values == null) {
                        missing.add(name(template) + ": #{" + use.expression() + "} builds keys starting with '"
                                + use.key() + "'; name the values it takes in MessageBundleTests.PREFIXES");
                        continue;
                    }
                    Matcher suffix = SUFFIX.matcher(use.expression());
                    String tail = suffix.matches() ? suffix.group(1) : "";
                    for (String value : values) {
                        if (!messages.containsKey(use.key() + value + tail)) {
                            missing.add(name(template) + ": " + use.key() + value + tail);
                        }
                    }
                }
            }
        }
        assertThat(keys).as("message keys found in the templates").isGreaterThan(100);
        assertThat(missing).as("message keys missing from the bundles").isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeShowsIsInTheBundles() throws IOException {
        Map<String, String> messages = messages();
        var used = new TreeSet<String>();
        for (Path source : files(SOURCES, ".java")) {
            String code = Files.readString(source);
            for (Pattern pattern : KEYS_IN_CODE) {
                Matcher matcher = pattern.matcher(code);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code")
                .contains("policy.profile.only-own", "policy.mentorship.no-circle", "profile.timeZone.unknown",
                        "profile.saved", "settings.tokens.revoked", "error.409.stale");
        assertThat(used).as("message keys the code uses but no bundle has").allMatch(messages::containsKey);
    }

    @Test
    void everyValidationRuleOnAFormHasAMessage() throws IOException {
        Map<String, String> messages = messages();
        var codes = new TreeSet<String>(Set.of("typeMismatch"));
        for (Path source : files(SOURCES, ".java")) {
            Matcher matcher = CONSTRAINT.matcher(Files.readString(source));
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        assertThat(codes).contains("NotBlank", "Size", "NotNull");
        assertThat(codes).as("validation codes without a message").allMatch(messages::containsKey);
    }

    @Test
    void noTemplateHoldsVisibleTextOfItsOwn() throws IOException {
        var literal = new ArrayList<String>();
        for (Path template : files(TEMPLATES, ".html")) {
            TemplateText.literalTexts(parse(template)).forEach(text -> literal.add(name(template) + ": " + text));
        }
        assertThat(literal).as("text written into templates instead of the message bundles").isEmpty();
    }

    @Test
    void everyBundleIsTranslatedKeyForKey() throws IOException {
        var wrong = new ArrayList<String>();
        for (Path bundle : baseBundles()) {
            Properties english = load(bundle);
            for (String language : TRANSLATIONS) {
                Path file = translationOf(bundle, language);
                if (!Files.exists(file)) {
                    wrong.add(file.getFileName() + " is missing");
                    continue;
                }
                Properties translated = load(file);
                for (String key : new TreeSet<>(english.stringPropertyNames())) {
                    if (!translated.containsKey(key)) {
                        wrong.add(file.getFileName() + " lacks " + key);
                    } else if (!placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                        wrong.add(file.getFileName() + ": " + key + " uses other placeholders than in English");
                    }
                }
                for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                    if (!english.containsKey(key)) {
                        wrong.add(file.getFileName() + " has " + key + ", which " + bundle.getFileName() + " does not");
                    }
                }
            }
        }
        for (Path file : files(BUNDLES, ".properties")) {
            String name = file.getFileName().toString();
            if (TRANSLATION_FILE.matcher(name).matches() && baseBundles().stream()
                    .noneMatch(base -> TRANSLATIONS.stream().anyMatch(l -> translationOf(base, l).equals(file)))) {
                wrong.add(name + " translates no bundle in a language the portal offers");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The argument numbers a message uses, as in {0} or {1,number,integer}. */
    private static Set<Integer> placeholders(String text) {
        var numbers = new TreeSet<Integer>();
        Matcher matcher = Pattern.compile("\\{(\\d+)[,}]").matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    @Test
    void translationsAreValidMessageFormatsWithoutPlainApostrophes() throws IOException {
        var wrong = new ArrayList<String>();
        for (Path bundle : baseBundles()) {
            for (String language : TRANSLATIONS) {
                Path file = translationOf(bundle, language);
                if (Files.exists(file)) {
                    load(file).forEach((key, text) -> checkFormat(file.getFileName() + ": " + key, (String) text, wrong));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void checkFormat(String key, String text, List<String> wrong) {
        // a doubled '' is MessageFormat's escaped apostrophe (a date pattern's quoted literal, as in ''de'')
        if (text.replace("''", "").contains("'")) {
            wrong.add(key + " has a plain apostrophe");
        }
        if (text.isBlank()) {
            wrong.add(key + " is empty");
        }
        try {
            new MessageFormat(text);
        } catch (IllegalArgumentException e) {
            wrong.add(key + " is not a valid message format: " + e.getMessage());
        }
    }

    @Test
    void messagesAreValidMessageFormatsWithoutPlainApostrophes() throws IOException {
        // Every message goes through MessageFormat, where a plain ' starts a quoted part and vanishes;
        // the bundles use the typographic apostrophe (’), which needs no escaping.
        var wrong = new ArrayList<String>();
        messages().forEach((key, text) -> checkFormat(key, text, wrong));
        assertThat(wrong).isEmpty();
    }
}
