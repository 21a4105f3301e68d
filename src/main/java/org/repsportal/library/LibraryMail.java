package org.repsportal.library;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;

/** The library's mail: the author of a suggestion hears what the Council decided. */
@Component
class LibraryMail {

    private final Texts texts;
    private final Outbox outbox;

    LibraryMail(Texts texts, Outbox outbox) {
        this.texts = texts;
        this.outbox = outbox;
    }

    void suggestionDecided(EditSuggestion suggestion, SopPage page, long editorId) {
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
