package org.repsportal.platform;

import java.time.Instant;
import java.time.ZoneId;
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
 * bundles: in the program's base language (English) and zone, or in the language a given person chose and the zone
 * they live in ({@link #forPerson}, {@link #forPeople}); {@link #at} says a moment in that zone.
 */
@Component
public class Texts {

    public static final Locale LANGUAGE = Locale.ENGLISH;

    /** The languages the portal is written in, the base language first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final MessageSource messages;
    private final ObjectProvider<PersonLanguages> languages;
    private final Locale locale;
    private final ZoneId zone;
    private final ZoneId programZone;

    @Autowired
    Texts(MessageSource messages, ObjectProvider<PersonLanguages> languages, TimeProperties time) {
        this(messages, languages, LANGUAGE, time.zone(), time.zone());
    }

    private Texts(MessageSource messages, ObjectProvider<PersonLanguages> languages, Locale locale, ZoneId zone,
                  ZoneId programZone) {
        this.messages = messages;
        this.languages = languages;
        this.locale = locale;
        this.zone = zone;
        this.programZone = programZone;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The language these texts are written in. */
    public Locale locale() {
        return locale;
    }

    /** The zone these texts say moments in. */
    public ZoneId zone() {
        return zone;
    }

    /** The same texts in the given language; one the portal is not written in gives the base language. */
    public Texts in(Locale language) {
        Locale chosen = language == null ? LANGUAGE : LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(language.getLanguage())).findFirst().orElse(LANGUAGE);
        return chosen.equals(locale) ? this : new Texts(messages, languages, chosen, zone, programZone);
    }

    /** The same texts saying moments in the given zone; an unknown or missing one gives the program's zone. */
    public Texts inZone(String timeZone) {
        ZoneId chosen = InputChecks.timeZone(timeZone).orElse(programZone);
        return chosen.equals(zone) ? this : new Texts(messages, languages, locale, chosen, programZone);
    }

    /**
     * A moment as mail says it, in these texts' zone and language, naming the zone (Tuesday 3 May 2026, 10:00
     * (America/Lima)); with the moment where it belongs too when that is another zone, such as a check-in's
     * (… (America/Lima; 17:00 in Europe/Madrid)).
     */
    public String at(Instant at, String belongsTo) {
        ViewerTimes times = new ViewerTimes(zone, locale, messages);
        var zoned = times.zoned(at, belongsTo);
        String there = belongsTo == null ? null : times.there(zoned);
        return there == null ? get("platform.time.mail", times.full(at), zone.getId())
                : get("platform.time.mail.elsewhere", times.full(at), zone.getId(), there, zoned.getZone().getId());
    }

    /** The texts in the language the person chose and their zone (one query), the base language if they chose none. */
    public Texts forPerson(long personId) {
        return forPeople(List.of(personId)).get(personId);
    }

    /** For each of the given people the texts in their language and zone, reading everyone's choice in one query. */
    public Map<Long, Texts> forPeople(Collection<Long> personIds) {
        PersonLanguages lookup = languages.getIfAvailable();
        Map<Long, Choice> chosen = lookup == null || personIds.isEmpty() ? Map.of() : lookup.of(personIds);
        var result = new LinkedHashMap<Long, Texts>();
        for (Long id : personIds) {
            Choice choice = chosen.getOrDefault(id, new Choice(null, null));
            Texts texts = choice.language() == null ? in(LANGUAGE) : in(Locale.forLanguageTag(choice.language()));
            result.put(id, texts.inZone(choice.timeZone()));
        }
        return result;
    }

    /**
     * A person's language tag ({@code en}, {@code es}; null until chosen) and time zone id (null when unknown).
     */
    public record Choice(String language, String timeZone) {
    }

    /** Which language each person chose for the portal and where they live; given by the module that keeps people. */
    public interface PersonLanguages {

        /** Each of the people's choices, leaving out those who are not found. */
        Map<Long, Choice> of(Collection<Long> personIds);
    }
}
