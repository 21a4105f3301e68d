package org.repsportal.library;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.repsportal.library.LibraryViews.PageView;
import org.repsportal.library.LibraryViews.SuggestionView;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's entry point for pages: reading versions, suggesting edits, the Council's decisions on
 * them, the outdated flag and reviews, and "I have read this version".
 */
@Service
@Transactional
public class Library {

    static final int MAX_NOTE = 1000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Addresses the library's own pages use. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("new", "review", "resources", "suggestions");

    private final SopPageRepository pages;
    private final SopPageVersionRepository versions;
    private final EditSuggestionRepository suggestions;
    private final SopMarkdown markdown;
    private final People people;
    private final LibraryProperties properties;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Library(SopPageRepository pages, SopPageVersionRepository versions, EditSuggestionRepository suggestions,
            SopMarkdown markdown, People people, LibraryProperties properties, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.pages = pages;
        this.versions = versions;
        this.suggestions = suggestions;
        this.markdown = markdown;
        this.people = people;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SopPage get(String slug) {
        return pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("Page", slug));
    }

    /** A version of a page (the current one when {@code version} is null), rendered. */
    @Transactional(readOnly = true)
    public PageView page(String slug, Integer version) {
        SopPage page = get(slug);
        int number = version == null ? page.getCurrentVersion() : version;
        SopPageVersion shown = versions.findByPageIdAndNumber(page.getId(), number)
                .orElseThrow(() -> new NotFoundException("Version of " + slug, number));
        LocalDate today = LocalDate.now(clock);
        return new PageView(page.getId(), page.getSlug(), page.getTitle(), page.getSummary(), number, page.getCurrentVersion(),
                page.getReviewBy(), page.isFlaggedOutdated(), page.getOutdatedNote(), page.mayBeOutdated(today),
                page.isPastReviewBy(today), shown.getBody(), markdown.toSafeHtml(shown.getBody()), shown.getCreatedAt(),
                shown.getChangeNote());
    }

    /** The current version number of a page. */
    @Transactional(readOnly = true)
    public int currentVersion(String slug) {
        return get(slug).getCurrentVersion();
    }

    /** A Council editor adds a page with its first version. */
    public SopPage createPage(Actor actor, NewPage newPage) {
        LibraryPolicy.mayEdit(actor).orForbid();
        var problems = new ArrayList<FieldProblem>();
        String slug = newPage.slug() == null ? "" : newPage.slug().strip();
        if (!SLUG.matcher(slug).matches() || slug.length() > 80 || RESERVED.contains(slug)) {
            problems.add(new FieldProblem("slug", "library.page.slug.invalid"));
        } else if (pages.findBySlug(slug).isPresent()) {
            problems.add(new FieldProblem("slug", "library.page.slug.taken"));
        }
        if (newPage.title() == null || newPage.title().isBlank() || newPage.title().strip().length() > 200) {
            problems.add(new FieldProblem("title", "library.page.title.required"));
        }
        checkBody(newPage.body(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        SopPage page = pages.saveAndFlush(new SopPage(slug, newPage.title().strip(), blankToNull(newPage.summary()),
                nextReviewBy(), now));
        int number = page.publishNextVersion(nextReviewBy(), now);
        versions.save(new SopPageVersion(page.getId(), number, TextDiff.normalize(newPage.body()), null, actor.personId(), null, now));
        return page;
    }

    /** Any member suggests a new text for a page; it waits for a Council editor. */
    public EditSuggestion suggest(Actor actor, String slug, NewSuggestion suggestion) {
        LibraryPolicy.mayContribute(actor).orForbid();
        SopPage page = get(slug);
        int base = suggestion.baseVersion() == null ? page.getCurrentVersion() : suggestion.baseVersion();
        SopPageVersion baseVersion = versions.findByPageIdAndNumber(page.getId(), base)
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("baseVersion", "library.suggestion.base.unknown"))));
        var problems = new ArrayList<FieldProblem>();
        checkBody(suggestion.body(), problems);
        if (problems.isEmpty() && TextDiff.normalize(suggestion.body()).strip().equals(baseVersion.getBody().strip())) {
            problems.add(new FieldProblem("body", "library.suggestion.unchanged"));
        }
        if (suggestion.note() == null || suggestion.note().isBlank()) {
            problems.add(new FieldProblem("note", "library.suggestion.note.required"));
        } else if (suggestion.note().strip().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "library.note.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EditSuggestion saved = suggestions.save(new EditSuggestion(page.getId(), base, TextDiff.normalize(suggestion.body()),
                suggestion.note().strip(), actor.personId(), clock.instant()));
        return saved;
    }

    @Transactional(readOnly = true)
    public EditSuggestion getSuggestion(long id) {
        return suggestions.findById(id).orElseThrow(() -> new NotFoundException("Suggestion", id));
    }

    /** A suggestion with its diff against its base version and a sanitized preview of the proposed text. */
    @Transactional(readOnly = true)
    public SuggestionView suggestion(long id) {
        EditSuggestion suggestion = getSuggestion(id);
        SopPage page = pages.findById(suggestion.getPageId()).orElseThrow();
        String base = versions.findByPageIdAndNumber(page.getId(), suggestion.getBaseVersion()).orElseThrow().getBody();
        var ids = new ArrayList<Long>(List.of(suggestion.getAuthorId()));
        if (suggestion.getDecidedBy() != null) {
            ids.add(suggestion.getDecidedBy());
        }
        var names = people.summaries(ids);
        return new SuggestionView(suggestion, page.getSlug(), page.getTitle(), page.getCurrentVersion(),
                TextDiff.between(base, suggestion.getBody()), markdown.toSafeHtml(suggestion.getBody()),
                name(names.get(suggestion.getAuthorId())),
                suggestion.getDecidedBy() == null ? null : name(names.get(suggestion.getDecidedBy())));
    }

    /**
     * A Council editor accepts a suggestion: its text becomes the page's next version. A suggestion
     * written for an older version is applied to the current one, unless its changes overlap later ones.
     */
    public SopPage accept(Actor actor, long suggestionId, String comment) {
        LibraryPolicy.mayEdit(actor).orForbid();
        EditSuggestion suggestion = getSuggestion(suggestionId);
        if (!suggestion.isPending()) {
            throw new IllegalTransitionException("library.suggestion.already-decided");
        }
        String checked = checkComment(comment, false);
        SopPage page = pages.findLocked(suggestion.getPageId()).orElseThrow();
        String base = versions.findByPageIdAndNumber(page.getId(), suggestion.getBaseVersion()).orElseThrow().getBody();
        String current = versions.findByPageIdAndNumber(page.getId(), page.getCurrentVersion()).orElseThrow().getBody();
        String text = TextDiff.rebase(base, suggestion.getBody(), current)
                .orElseThrow(() -> new IllegalTransitionException("library.suggestion.conflict"));
        Instant now = clock.instant();
        int number = page.publishNextVersion(nextReviewBy(), now);
        versions.save(new SopPageVersion(page.getId(), number, text, checked != null ? checked : suggestion.getNote(),
                suggestion.getAuthorId(), suggestion.getId(), now));
        SuggestionAccepted accepted = suggestion.accept(page.getSlug(), actor.personId(), checked, number, now);
        suggestions.save(suggestion);
        pages.save(page);
        events.publishEvent(accepted);
        return page;
    }

    /** A Council editor rejects a suggestion, saying why. */
    public EditSuggestion reject(Actor actor, long suggestionId, String comment) {
        LibraryPolicy.mayEdit(actor).orForbid();
        EditSuggestion suggestion = getSuggestion(suggestionId);
        String checked = checkComment(comment, true);
        SopPage page = pages.findById(suggestion.getPageId()).orElseThrow();
        SuggestionRejected rejected = suggestion.reject(page.getSlug(), actor.personId(), checked, clock.instant());
        EditSuggestion saved = suggestions.save(suggestion);
        events.publishEvent(rejected);
        return saved;
    }

    /** Any member flags a page as possibly outdated, saying what looks wrong. */
    public SopPage flagOutdated(Actor actor, String slug, String note) {
        LibraryPolicy.mayContribute(actor).orForbid();
        SopPage page = get(slug);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "library.flag.note.required")));
        }
        if (note.strip().length() > 500) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "library.flag.note.long")));
        }
        page.flagOutdated(actor.personId(), note.strip(), clock.instant());
        return pages.save(page);
    }

    /** A Council editor confirms the page is current: the flag goes and the review-by date moves on. */
    public SopPage markReviewed(Actor actor, String slug) {
        LibraryPolicy.mayEdit(actor).orForbid();
        SopPage page = get(slug);
        page.markReviewed(nextReviewBy(), clock.instant());
        return pages.save(page);
    }

    /**
     * The actor says they have read a version of a page; it is recorded once, and every time it is said
     * {@link SopPageRead} lets others (orientation) react.
     */
    public boolean recordRead(Actor actor, String slug, int version) {
        SopPage page = get(slug);
        if (version < 1 || version > page.getCurrentVersion()) {
            throw new NotFoundException("Version of " + slug, version);
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into sop_page_reads (person_id, page_id, page_version, read_at) values (:person, :page, :version, :at)
                        on conflict do nothing""")
                .param("person", actor.personId()).param("page", page.getId()).param("version", version)
                .param("at", java.sql.Timestamp.from(now))
                .update();
        events.publishEvent(new SopPageRead(actor.personId(), slug, version, now));
        return inserted > 0;
    }

    /** When the person said they read this version of the page, if they did. */
    @Transactional(readOnly = true)
    public Optional<Instant> readAt(long personId, long pageId, int version) {
        return jdbc.sql("select read_at from sop_page_reads where person_id = :person and page_id = :page and page_version = :version")
                .param("person", personId).param("page", pageId).param("version", version)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    private LocalDate nextReviewBy() {
        return LocalDate.now(clock).plus(properties.reviewInterval());
    }

    private void checkBody(String body, List<FieldProblem> problems) {
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "library.body.required"));
        } else if (body.length() > properties.maxPageLength()) {
            problems.add(new FieldProblem("body", "library.body.long"));
        }
    }

    private static String checkComment(String comment, boolean required) {
        if (comment == null || comment.isBlank()) {
            if (required) {
                throw new InvalidInputException(List.of(new FieldProblem("comment", "library.decision.comment.required")));
            }
            return null;
        }
        if (comment.strip().length() > MAX_NOTE) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "library.note.long")));
        }
        return comment.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String name(PersonSummary summary) {
        return summary == null ? null : summary.displayName();
    }
}
