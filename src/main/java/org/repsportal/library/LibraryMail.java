package org.repsportal.library;

import java.util.Locale;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The library's mail: the author of a suggestion hears what the Council decided. */
@Component
class LibraryMail {

    private final MessageSource messages;
    private final Outbox outbox;

    LibraryMail(MessageSource messages, Outbox outbox) {
        this.messages = messages;
        this.outbox = outbox;
    }

    void suggestionDecided(EditSuggestion suggestion, SopPage page, long editorId) {
        if (suggestion.getAuthorId() == editorId) {
            return;
        }
        String key = suggestion.getState() == SuggestionState.ACCEPTED ? "mail.library.accepted" : "mail.library.rejected";
        String comment = suggestion.getDecisionComment() == null ? "" : suggestion.getDecisionComment();
        Object[] args = {page.getTitle(), suggestion.getAcceptedVersion() == null ? 0 : suggestion.getAcceptedVersion(), comment};
        outbox.queue(Mail.to(suggestion.getAuthorId(), MailCategory.COUNCIL,
                messages.getMessage(key + ".subject", args, Locale.ROOT),
                messages.getMessage(key + ".body", args, Locale.ROOT)).replyTo(editorId));
    }
}
