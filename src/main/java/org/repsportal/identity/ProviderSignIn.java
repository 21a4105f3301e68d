package org.repsportal.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a provider's answer into the person who signs in. The provider's user is loaded and checked as Spring
 * Security does it; then, in this order: a person already signed in links the identity to themselves; an invitation
 * being completed binds it to its person; otherwise the identity is looked up by issuer and subject, or linked by a
 * verified email ({@link SignInIdentities}). Disabled accounts are refused; alumni read only, as with a password.
 */
@Component
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The session attribute holding the invitation token that a sign-in through a provider completes. */
    static final String INVITATION = ProviderSignIn.class.getName() + ".invitation";
    /** Set on the request when the sign-in linked another identity to the person signed in. */
    static final String LINKED = ProviderSignIn.class.getName() + ".linked";

    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final SignInIdentities identities;
    private final AccountUserDetailsService users;
    private final AccountRepository accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProviderSignIn(SignInIdentities identities, AccountUserDetailsService users, AccountRepository accounts,
                   TransactionTemplate transaction, Clock clock) {
        this.identities = identities;
        this.users = users;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser answer = provider.loadUser(request);
        var claimed = new SignInIdentities.Claimed(String.valueOf(answer.getIdToken().getIssuer()), answer.getSubject(),
                answer.getEmail(), Boolean.TRUE.equals(answer.getEmailVerified()));
        HttpServletRequest http = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        PortalUser user;
        try {
            user = signIn(claimed, http, current);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // the same identity linked at the same moment by another request: this one is not let in, a retry is
            throw new ProviderSignInRefused(ProviderSignInRefused.FAILED);
        }
        log.info("Person {} signed in through {}", user.personId(), claimed.issuer());
        return new PortalOidcUser(user.personId(), user.getUsername(), java.util.List.copyOf(user.getAuthorities()),
                answer.getIdToken());
    }

    private PortalUser signIn(SignInIdentities.Claimed claimed, HttpServletRequest http, Authentication current) {
        return transaction.execute(status -> {
            long personId;
            if (current != null && current.isAuthenticated() && current.getPrincipal() instanceof PortalUser signedIn) {
                identities.link(signedIn.personId(), claimed);
                http.setAttribute(LINKED, Boolean.TRUE);
                personId = signedIn.personId();
            } else if (invitationOf(http) != null) {
                String token = invitationOf(http);
                http.getSession().removeAttribute(INVITATION);
                personId = identities.bindInvitation(token, claimed);
            } else {
                personId = identities.signIn(claimed);
            }
            PortalUser found = users.userFor(personId)
                    .filter(PortalUser::isEnabled)
                    .orElseThrow(() -> new ProviderSignInRefused(ProviderSignInRefused.DISABLED));
            accounts.findById(personId).ifPresent(account -> {
                account.recordSuccess(clock.instant());
                accounts.save(account);
            });
            return found;
        });
    }

    private static String invitationOf(HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        return session == null ? null : (String) session.getAttribute(INVITATION);
    }
}
