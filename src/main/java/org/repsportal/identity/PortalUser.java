package org.repsportal.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security keeps them in the session: an id and a name, no password. A sign-in
 * through an OpenID Connect provider keeps a {@link PortalOidcUser}, the same person with the provider's token.
 */
sealed class PortalUser implements UserDetails, CredentialsContainer permits PortalOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String username;
    private String password;
    private final boolean enabled;
    private final boolean locked;
    private final List<GrantedAuthority> authorities;

    PortalUser(long personId, String username, String password, boolean enabled, boolean locked,
               List<GrantedAuthority> authorities) {
        this.personId = personId;
        this.username = username;
        this.password = password;
        this.enabled = enabled;
        this.locked = locked;
        this.authorities = List.copyOf(authorities);
    }

    long personId() {
        return personId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
