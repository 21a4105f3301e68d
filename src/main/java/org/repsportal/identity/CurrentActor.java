package org.repsportal.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person of a request, read once per request: the controller's {@link Actor} parameter and the
 * page's language share the one query.
 */
final class CurrentActor {

    private static final String ATTRIBUTE = CurrentActor.class.getName();

    private CurrentActor() {
    }

    /** The signed-in person's id, without reading the database; empty when nobody is signed in. */
    static Optional<Long> personId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user.personId());
        }
        return Optional.empty();
    }

    /** The signed-in person as an actor; empty when nobody is signed in or the person no longer exists. */
    static Optional<Actor> of(HttpServletRequest request, People people) {
        Optional<Long> personId = personId();
        if (personId.isEmpty()) {
            return Optional.empty();
        }
        if (request.getAttribute(ATTRIBUTE) instanceof Actor actor && actor.personId() == personId.get()) {
            return Optional.of(actor);
        }
        Optional<Actor> actor = people.actorFor(personId.get());
        actor.ifPresent(a -> request.setAttribute(ATTRIBUTE, a));
        return actor;
    }

    /** Forgets the request's actor, after something about it changed. */
    static void forget(HttpServletRequest request) {
        request.removeAttribute(ATTRIBUTE);
    }
}
