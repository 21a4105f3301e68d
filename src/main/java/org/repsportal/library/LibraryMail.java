package org.repsportal.library;

import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The library's mail: the author of a suggestion hears what the Council decided. */
@Component
class LibraryMail {

    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    LibraryMail(MessageSource messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    void suggestionDecided(EditSuggestion suggestion, SopPage page, long editorId) {
        if (suggestion.getAuthorId() == editorId) {
            return;
        }
        String key = suggestion.getState() == SuggestionState.ACCEPTED ? "mail.library.accepted" : "mail.library.rejected";
        String comment = suggestion.getDecisionComment() == null ? "" : suggestion.getDecisionComment();
        Object[] args = {page.getTitle(), suggestion.getAcceptedVersion() == null ? 0 : suggestion.getAcceptedVersion(), comment};
        send(new LibraryMailRequested(suggestion.getAuthorId(),
                messages.getMessage(key + ".subject", args, Locale.ROOT),
                messages.getMessage(key + ".body", args, Locale.ROOT), editorId));
    }

    /** Every mail of the module leaves through here. */
    private void send(LibraryMailRequested mail) {
        events.publishEvent(mail);
    }
}
