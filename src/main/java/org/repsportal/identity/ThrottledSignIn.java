package org.repsportal.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.repsportal.platform.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the {@link SignInGate}: an attempt the gate refuses is answered exactly like a wrong
 * password, without checking the password. Every password check is counted ({@code portal.sign-in.password-checks}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final SignInGate gate;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInGate gate, UserDetailsService users, PasswordEncoder encoder, MeterRegistry meters) {
        this.gate = gate;
        Counter checks = Counter.builder("portal.sign-in.password-checks")
                .description("Passwords checked against their hash at sign-in")
                .register(meters);
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(new CountingEncoder(encoder, checks));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        Decision admitted = gate.admit(username, address);
        if (admitted.refused()) {
            log.info("Sign-in attempt from {} refused before the password check: {}", address, admitted.reason());
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result = passwords.authenticate(authentication);
        gate.succeeded(username, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record CountingEncoder(PasswordEncoder delegate, Counter checks) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.increment();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
