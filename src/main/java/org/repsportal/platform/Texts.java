package org.repsportal.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sentences the portal writes outside a page — mail, task titles, calendar entries — from the message
 * bundles: in the program's base language (English), or in the language a given person chose
 * ({@link #forPerson}, {@link #forPeople}).
 */
@Component
public class Texts {

    public static final Locale LANGUAGE = Locale.ENGLISH;

    /** The languages the portal is written in, the base language first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final MessageSource messages;
    private final ObjectProvider<PersonLanguages> languages;
    private final Locale locale;

    @Autowired
    Texts(MessageSource messages, ObjectProvider<PersonLanguages> languages) {
        this(messages, languages, LANGUAGE);
    }

    private Texts(MessageSource messages, ObjectProvider<PersonLanguages> languages, Locale locale) {
        this.messages = messages;
        this.languages = languages;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The language these texts are written in. */
    public Locale locale() {
        return locale;
    }

    /** The same texts in the given language; one the portal is not written in gives the base language. */
    public Texts in(Locale language) {
        Locale chosen = language == null ? LANGUAGE : LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(language.getLanguage())).findFirst().orElse(LANGUAGE);
        return chosen.equals(locale) ? this : new Texts(messages, languages, chosen);
    }

    /** The texts in the language the person chose (one query), the base language if they chose none. */
    public Texts forPerson(long personId) {
        return forPeople(List.of(personId)).get(personId);
    }

    /** For each of the given people the texts in their language, reading everyone's choice in one query. */
    public Map<Long, Texts> forPeople(Collection<Long> personIds) {
        PersonLanguages lookup = languages.getIfAvailable();
        Map<Long, String> chosen = lookup == null || personIds.isEmpty() ? Map.of() : lookup.of(personIds);
        var result = new LinkedHashMap<Long, Texts>();
        for (Long id : personIds) {
            String language = chosen.get(id);
            result.put(id, language == null ? in(LANGUAGE) : in(Locale.forLanguageTag(language)));
        }
        return result;
    }

    /** Which language each person chose for the portal; given by the module that keeps people. */
    public interface PersonLanguages {

        /** The language tags ({@code en}, {@code es}) people chose, leaving out those who chose none. */
        Map<Long, String> of(Collection<Long> personIds);
    }
}
