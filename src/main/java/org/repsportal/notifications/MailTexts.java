package org.repsportal.notifications;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Sentences the portal writes into mail, from the message bundle. */
@Component
class MailTexts {

    /** Mail is written in the portal's base language until people can choose theirs. */
    static final Locale LOCALE = Locale.ENGLISH;

    private final MessageSource messages;

    MailTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
