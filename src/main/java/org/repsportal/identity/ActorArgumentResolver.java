package org.repsportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller take an {@link Actor} parameter: the signed-in person with the roles they hold now
 * (read fresh for each request, so a role granted or revoked counts at once).
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final People people;

    ActorArgumentResolver(People people) {
        this.people = people;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (CurrentActor.personId().isPresent()) {
            return CurrentActor.of(webRequest.getNativeRequest(HttpServletRequest.class), people)
                    .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("The person no longer exists"));
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }
}
