package org.repsportal.identity;

import java.io.Serial;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID Connect provider: the same {@link PortalUser} as after a password sign-in
 * (id, the account's name, the roles held then), with the provider's ID token. Its name is the account's, so the
 * person's sessions are found and ended the same way whichever way they signed in.
 */
final class PortalOidcUser extends PortalUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;

    PortalOidcUser(long personId, String username, List<GrantedAuthority> authorities, OidcIdToken idToken) {
        super(personId, username, null, true, false, authorities);
        this.idToken = idToken;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
