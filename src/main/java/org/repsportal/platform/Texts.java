package org.repsportal.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sentences the portal writes outside a page — mail, task titles, calendar entries — from the message
 * bundles, in the program's base language until people can choose theirs.
 */
@Component
public class Texts {

    public static final Locale LANGUAGE = Locale.ENGLISH;

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }
}
