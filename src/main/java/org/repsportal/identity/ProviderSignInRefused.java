package org.repsportal.identity;

import java.io.Serial;
import java.util.Set;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A sign-in through a provider that the portal refuses, with the reason the refusal page explains
 * ({@code login.provider.refused.<reason>} in the message bundle).
 */
class ProviderSignInRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The provider did not say the email is verified. */
    static final String UNVERIFIED = "unverified";
    /** No active account has the provider's email. */
    static final String UNKNOWN = "unknown";
    /** More than one account has the provider's email. */
    static final String AMBIGUOUS = "ambiguous";
    /** The account is disabled. */
    static final String DISABLED = "disabled";
    /** The identity is linked to another person. */
    static final String TAKEN = "taken";
    /** The invitation link has expired or was used. */
    static final String INVITATION = "invitation";
    /** The provider is not one the portal knows. */
    static final String PROVIDER = "provider";
    /** The provider answered with an error, or the sign-in could not be completed. */
    static final String FAILED = "failed";

    static final Set<String> REASONS = Set.of(UNVERIFIED, UNKNOWN, AMBIGUOUS, DISABLED, TAKEN, INVITATION, PROVIDER, FAILED);

    ProviderSignInRefused(String reason) {
        super(new OAuth2Error(reason), "Sign-in through the provider refused: " + reason);
    }

    /** The reason to show for a failed sign-in through a provider, whatever failed. */
    static String reasonOf(AuthenticationException failure) {
        if (failure instanceof ProviderSignInRefused refused) {
            return refused.getError().getErrorCode();
        }
        // the redirect to the provider fails with this when the link names no registered provider
        if (failure.getCause() instanceof IllegalArgumentException) {
            return PROVIDER;
        }
        if (failure instanceof OAuth2AuthenticationException oauth
                && "client_registration_not_found".equals(oauth.getError().getErrorCode())) {
            return PROVIDER;
        }
        return FAILED;
    }
}
