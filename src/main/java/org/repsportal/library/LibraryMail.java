package org.repsportal.library;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The library's mail: the author of a suggestion hears what the Council decided, queued in the transaction of
 * the decision (the listeners run as the event is published).
 */
@Component
class LibraryMail {

    private final Texts texts;
    private final Outbox outbox;
    private final EditSuggestionRepository suggestions;
    private final SopPageRepository pages;

    LibraryMail(Texts texts, Outbox outbox, EditSuggestionRepository suggestions, SopPageRepository pages) {
        this.texts = texts;
        this.outbox = outbox;
        this.suggestions = suggestions;
        this.pages = pages;
    }

    @EventListener
    void on(SuggestionAccepted accepted) {
        suggestionDecided(accepted.suggestionId(), accepted.editorId());
    }

    @EventListener
    void on(SuggestionRejected rejected) {
        suggestionDecided(rejected.suggestionId(), rejected.editorId());
    }

    private void suggestionDecided(long suggestionId, long editorId) {
        EditSuggestion suggestion = suggestions.findById(suggestionId).orElseThrow();
        suggestionDecided(suggestion, pages.findById(suggestion.getPageId()).orElseThrow(), editorId);
    }

    private void suggestionDecided(EditSuggestion suggestion, SopPage page, long editorId) {
        if (suggestion.getAuthorId() == editorId) {
            return;
        }
        String key = suggestion.getState() == SuggestionState.ACCEPTED ? "mail.library.accepted" : "mail.library.rejected";
        String comment = suggestion.getDecisionComment() == null ? "" : suggestion.getDecisionComment();
        Object[] args = {page.getTitle(), suggestion.getAcceptedVersion() == null ? 0 : suggestion.getAcceptedVersion(), comment};
        Texts in = texts.forPerson(suggestion.getAuthorId());
        outbox.queue(Mail.to(suggestion.getAuthorId(), MailCategory.COUNCIL,
                in.get(key + ".subject", args),
                in.get(key + ".body", args)).replyTo(editorId));
    }
}
