package org.repsportal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers people may sign in with, as Spring Boot's {@code spring.security.oauth2.client.*}
 * properties register them; none when no provider is configured. Password sign-in may be turned off only when
 * there is at least one, or nobody could sign in.
 */
@Component
class SignInProviders {

    /** A provider as the pages name it: its registration id (in the sign-in link), its name and its issuer. */
    record Provider(String registrationId, String name, String issuer) {
    }

    private final List<Provider> providers;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations, IdentityProperties properties) {
        var found = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration && registration.getScopes().contains("openid")) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName(),
                            registration.getProviderDetails().getIssuerUri()));
                }
            }
        }
        this.providers = List.copyOf(found);
        if (!properties.passwordSignIn() && providers.isEmpty()) {
            throw new IllegalStateException("portal.identity.password-sign-in=false needs an OpenID Connect provider "
                    + "(spring.security.oauth2.client.registration.*), or nobody could sign in");
        }
    }

    List<Provider> all() {
        return providers;
    }

    Optional<Provider> byId(String registrationId) {
        return providers.stream().filter(p -> p.registrationId().equals(registrationId)).findFirst();
    }

    /** The name of the provider that issued an identity, or the issuer itself when no provider has it any more. */
    String nameOf(String issuer) {
        return providers.stream()
                .filter(p -> p.issuer() != null && stripSlash(p.issuer()).equals(stripSlash(issuer)))
                .map(Provider::name)
                .findFirst()
                .orElse(issuer);
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
