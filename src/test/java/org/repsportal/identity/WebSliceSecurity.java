package org.repsportal.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * For {@code @WebMvcTest} slices: the portal's own security rules (CSRF, sign-in, denied by default) and
 * its {@link Actor} resolution from a {@link PortalUser}, with the services behind them mocked by the test.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

    /**
     * Signs a person in for one request, as the session would after a password sign-in, and lets the
     * (mocked) people service name the roles they hold now.
     */
    public static RequestPostProcessor signedIn(People people, long personId, Role... roles) {
        var held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        given(people.actorFor(personId)).willReturn(Optional.of(new Actor(personId, held)));
        List<GrantedAuthority> authorities = held.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return user(new PortalUser(personId, "person" + personId + "@test.example", null, true, false, authorities));
    }

    public static Actor actor(long personId, Role... roles) {
        return new Actor(personId, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
    }
}
