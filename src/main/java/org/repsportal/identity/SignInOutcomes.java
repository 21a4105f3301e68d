package org.repsportal.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed password sign-ins per account and clears the count on success. */
@Component
class SignInOutcomes {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInOutcomes(AccountRepository accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            accounts.findByUsername(String.valueOf(token.getPrincipal()).strip()).ifPresent(account -> {
                account.recordFailure(throttle, clock.instant());
                accounts.save(account);
            });
        }
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
