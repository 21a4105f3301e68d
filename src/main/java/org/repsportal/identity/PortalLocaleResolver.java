package org.repsportal.identity;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Which language a page is written in: the signed-in person's choice, else the choice an anonymous visitor
 * made with the switcher (a cookie, never a session), else the browser's {@code Accept-Language}, else English.
 * Times are shown in the signed-in person's time zone, else in the program's ({@code portal.time.zone}). The person is read once per request, shared
 * with the controller's {@link Actor}, and only when the page needs the language.
 */
class PortalLocaleResolver implements LocaleContextResolver {

    static final String COOKIE = "portal-lang";

    private static final List<Locale> SUPPORTED = People.PORTAL_LANGUAGES.stream().map(Locale::forLanguageTag).toList();

    private static final String CHOSEN = PortalLocaleResolver.class.getName() + ".chosen";

    private final People people;
    private final ZoneId programZone;

    PortalLocaleResolver(People people, ZoneId programZone) {
        this.people = people;
        this.programZone = programZone;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        Optional<Actor> actor = CurrentActor.of(request, people);
        if (actor.isPresent() && actor.get().language() != null) {
            return Locale.forLanguageTag(actor.get().language());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && People.PORTAL_LANGUAGES.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header counts as none
            }
        }
        return Locale.ENGLISH;
    }

    /** The time zone times are shown in: the signed-in person's, else the program's. */
    TimeZone resolveTimeZone(HttpServletRequest request) {
        return CurrentActor.of(request, people)
                .map(Actor::timeZone)
                .flatMap(PortalLocaleResolver::zone)
                .map(TimeZone::getTimeZone)
                .orElse(TimeZone.getTimeZone(programZone));
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        // read lazily: a request that writes no text (static files, redirects) never looks the person up
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                return resolveLocale(request);
            }

            @Override
            public TimeZone getTimeZone() {
                return resolveTimeZone(request);
            }
        };
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        setLocale(request, response, context == null ? null : context.getLocale());
    }

    /**
     * The switcher's choice: saved on the signed-in person's profile, or kept in a cookie for an anonymous
     * visitor. A language the portal does not offer is ignored.
     */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !People.PORTAL_LANGUAGES.contains(locale.getLanguage())) {
            return;
        }
        String language = locale.getLanguage();
        Optional<Actor> actor = CurrentActor.of(request, people);
        if (actor.isPresent()) {
            if (!language.equals(actor.get().language())) {
                people.choosePortalLanguage(actor.get(), actor.get().personId(), language);
                CurrentActor.forget(request);
            }
        } else if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language)
                    .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    .maxAge(Duration.ofDays(365)).httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                    .build().toString());
        }
        request.setAttribute(CHOSEN, Locale.forLanguageTag(language));
    }
}
