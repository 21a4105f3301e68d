package org.repsportal.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes when a person last signed in with their password (failures are counted by the {@link SignInGate}). */
@Component
class SignInOutcomes {

    private final AccountRepository accounts;
    private final Clock clock;

    SignInOutcomes(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            accounts.findById(user.personId()).ifPresent(account -> {
                account.recordSuccess(clock.instant());
                accounts.save(account);
            });
        }
    }
}
