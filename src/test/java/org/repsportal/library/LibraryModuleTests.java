package org.repsportal.library;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library with the people module it names authors from, against the embedded PostgreSQL. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({TestClockConfiguration.class, Mailbox.class, Program.class})
class LibraryModuleTests {

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Library library;

    @Autowired
    LibraryQueries queries;

    @Autowired
    CommunityResources resources;

    @Autowired
    People people;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Actor member(Role... roles) {
        return program.actor(program.person("Member", roles));
    }

    private SopPage aPage(Actor council, String body) {
        String slug = "test-page-" + SEQUENCE.incrementAndGet();
        return library.createPage(council, new NewPage(slug, "Test page " + slug, null, body));
    }

    @Test
    void theProgramsStartingPagesAreInTheLibrary() {
        assertThat(library.page("mentor-training", null).markdown()).contains("## Orientation, step by step");
        assertThat(library.page("mentoring", null).version()).isGreaterThanOrEqualTo(1);
        assertThat(library.page("budget-review", null).html()).contains("<h2>Mentor review</h2>");
        assertThat(library.page("mentor-training", null).flagged()).isTrue();
    }

    @Test
    void anAcceptedSuggestionBecomesTheNextVersionAndMovesTheReviewDate(AssertablePublishedEvents events) {
        Actor council = member(Role.COUNCIL, Role.MENTOR);
        Actor rep = member(Role.REP);
        SopPage page = aPage(council, "## Duties\n\nReview budgets.");
        library.flagOutdated(rep, page.getSlug(), "The duties changed");

        EditSuggestion suggestion = library.suggest(rep, page.getSlug(),
                new NewSuggestion(1, "## Duties\n\nReview budgets carefully.", "More precise"));
        clock.advance(Duration.ofDays(3));
        library.accept(council, suggestion.getId(), null);

        var current = library.page(page.getSlug(), null);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.markdown()).isEqualTo("## Duties\n\nReview budgets carefully.");
        assertThat(current.changeNote()).isEqualTo("More precise");
        assertThat(current.flagged()).isFalse();
        assertThat(current.reviewBy()).isEqualTo(LocalDate.now(clock).plus(Period.ofMonths(12)));
        assertThat(library.page(page.getSlug(), 1).markdown()).isEqualTo("## Duties\n\nReview budgets.");
        assertThat(queries.history(page.getSlug(), 0, 20).items()).extracting(v -> v.number()).containsExactly(2, 1);
        assertThat(events.ofType(SuggestionAccepted.class).matching(e -> e.suggestionId() == suggestion.getId())).hasSize(1);
        assertThat(mailbox.to(rep.personId()).categories()).containsExactly("COUNCIL");
    }

    @Test
    void aSuggestionForAnOlderVersionIsAppliedOnTopOfLaterChanges() {
        Actor council = member(Role.COUNCIL);
        Actor rep = member(Role.REP);
        SopPage page = aPage(council, "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine");
        EditSuggestion early = library.suggest(rep, page.getSlug(),
                new NewSuggestion(1, "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nNINE", "shout the end"));
        EditSuggestion other = library.suggest(rep, page.getSlug(),
                new NewSuggestion(1, "ONE\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine", "shout the start"));

        library.accept(council, other.getId(), "ok");
        library.accept(council, early.getId(), "ok too");

        assertThat(library.page(page.getSlug(), null).markdown())
                .isEqualTo("ONE\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nNINE");
    }

    @Test
    void overlappingSuggestionsCannotBothBeAccepted() {
        Actor council = member(Role.COUNCIL);
        Actor rep = member(Role.REP);
        SopPage page = aPage(council, "a\nb\nc");
        EditSuggestion first = library.suggest(rep, page.getSlug(), new NewSuggestion(1, "a\nB\nc", "one"));
        EditSuggestion second = library.suggest(rep, page.getSlug(), new NewSuggestion(1, "a\nbee\nc", "two"));
        library.accept(council, first.getId(), null);

        assertThatThrownBy(() -> library.accept(council, second.getId(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("library.suggestion.conflict");
        assertThat(library.getSuggestion(second.getId()).isPending()).isTrue();
    }

    @Test
    void rejectingNeedsACommentAndOnlyTheCouncilDecides() {
        Actor council = member(Role.COUNCIL);
        Actor mentor = member(Role.MENTOR);
        SopPage page = aPage(council, "text");
        EditSuggestion suggestion = library.suggest(mentor, page.getSlug(), new NewSuggestion(null, "other text", "why not"));

        assertThatThrownBy(() -> library.accept(mentor, suggestion.getId(), null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> library.reject(council, suggestion.getId(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("comment"));

        library.reject(council, suggestion.getId(), "We keep it short");

        assertThat(library.getSuggestion(suggestion.getId()).getState()).isEqualTo(SuggestionState.REJECTED);
        assertThat(library.page(page.getSlug(), null).version()).isEqualTo(1);
        assertThatThrownBy(() -> library.reject(council, suggestion.getId(), "again"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aSuggestionMustChangeSomethingAndSayWhy() {
        Actor council = member(Role.COUNCIL);
        SopPage page = aPage(council, "same");

        assertThatThrownBy(() -> library.suggest(council, page.getSlug(), new NewSuggestion(1, "same\n", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey())
                        .containsExactlyInAnyOrder("library.suggestion.unchanged", "library.suggestion.note.required"));
    }

    @Test
    void alumniReadButDoNotSuggest() {
        Actor council = member(Role.COUNCIL);
        Actor alumnus = member(Role.ALUMNI);
        SopPage page = aPage(council, "text");

        assertThatThrownBy(() -> library.suggest(alumnus, page.getSlug(), new NewSuggestion(null, "x", "y")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void readingAVersionIsRecordedOnceAndAnnouncedEachTime(AssertablePublishedEvents events) {
        Actor council = member(Role.COUNCIL);
        Actor mentor = member(Role.MENTOR);
        SopPage page = aPage(council, "text");

        assertThat(library.recordRead(mentor, page.getSlug(), 1)).isTrue();
        assertThat(library.recordRead(mentor, page.getSlug(), 1)).isFalse();

        assertThat(library.readAt(mentor.personId(), page.getId(), 1)).isPresent();
        assertThat(events.ofType(SopPageRead.class).matching(e -> e.personId() == mentor.personId())).hasSize(2);
    }

    @Test
    void pagesPastTheirReviewDateAreListedForTheCouncil() {
        Actor council = member(Role.COUNCIL);
        SopPage page = aPage(council, "text");
        assertThat(queries.dueForReview(0, 100).items()).noneMatch(p -> p.slug().equals(page.getSlug()));

        clock.advance(Duration.ofDays(400));

        assertThat(queries.dueForReview(0, 100).items()).filteredOn(p -> p.slug().equals(page.getSlug()))
                .singleElement().satisfies(p -> assertThat(p.outdated()).isTrue());
        library.markReviewed(council, page.getSlug());
        assertThat(queries.dueForReview(0, 100).items()).noneMatch(p -> p.slug().equals(page.getSlug()));
    }

    @Test
    void membersAddAndFlagLinksAndTheCouncilModeratesThem() {
        Actor council = member(Role.COUNCIL);
        Actor rep = member(Role.REP);
        CommunityResource link = resources.add(rep, new NewResource("Feedback that helps", "https://example.org/feedback",
                ResourceTopic.COMMUNICATION, "Short and practical"));

        resources.flagOutdated(council, link.getId(), "Moved");
        assertThat(resources.forModeration(council, 0, 100).items()).anyMatch(r -> r.id() == link.getId() && r.flaggedOutdated());
        resources.clearFlag(council, link.getId());
        resources.hide(council, link.getId());

        assertThat(resources.listed(0, 100).items()).noneMatch(r -> r.id() == link.getId());
        assertThatThrownBy(() -> resources.approve(rep, link.getId())).isInstanceOf(ForbiddenException.class);
        resources.approve(council, link.getId());
        assertThat(resources.listed(0, 100).items()).anyMatch(r -> r.id() == link.getId() && r.status() == ResourceStatus.APPROVED);
    }

    @Test
    void aLinkNeedsATitleAWebAddressAndATopic() {
        Actor rep = member(Role.REP);

        assertThatThrownBy(() -> resources.add(rep, new NewResource(" ", "javascript:alert(1)", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("title", "url", "topic"));
    }
}
