package org.repsportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Sign-in through the OpenID Connect providers of {@code spring.security.oauth2.client.*}, added to the portal's
 * rules only when a provider is configured. A sign-in starts at {@code /oauth2/authorization/{registrationId}} (the
 * links on the sign-in page) and comes back to {@code /login/oauth2/code/{registrationId}}; the pending request is kept
 * in the session until then. A refusal or failure, or a provider the portal does not know, leads to
 * {@code /login/refused}, which says why and offers the other ways in. The provider's tokens are not kept: the portal
 * only needs to know who signed in.
 */
final class ProviderSignInConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInConfiguration.class);

    private ProviderSignInConfiguration() {
    }

    /** Checks the provider's answer (the code exchanged for tokens, the ID token verified) and finds the person. */
    static AuthenticationProvider provider(ObjectProvider<ProviderSignIn> signIn) {
        OAuth2UserService<OidcUserRequest, OidcUser> people = request -> signIn.getObject().loadUser(request);
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), people);
    }

    static void configure(HttpSecurity http, RequestCache returnTo) {
        var landing = new SavedRequestAwareAuthenticationSuccessHandler();
        landing.setRequestCache(returnTo);
        landing.setDefaultTargetUrl("/");
        AuthenticationFailureHandler refused = (request, response, failure) -> {
            String reason = ProviderSignInRefused.reasonOf(failure);
            log.info("Sign-in through a provider refused ({}): {}", reason, failure.getMessage());
            response.sendRedirect(request.getContextPath() + "/login/refused?reason=" + reason);
        };
        http.oauth2Login(login -> login
                .loginPage("/login")
                .authorizedClientRepository(new UnkeptAuthorizedClients())
                .successHandler((request, response, authentication) -> {
                    if (request.getAttribute(ProviderSignIn.LINKED) != null) {
                        response.sendRedirect(request.getContextPath() + "/settings?linked");
                    } else {
                        landing.onAuthenticationSuccess(request, response, authentication);
                    }
                })
                .failureHandler(refused)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // an unknown provider in the link is a refusal to explain, not a server error
                        filter.setAuthenticationFailureHandler(refused);
                        return filter;
                    }
                }));
    }

    /** The provider's access token is of no further use once the person is known, so none is kept. */
    private static final class UnkeptAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
