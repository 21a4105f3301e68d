package org.repsportal.identity;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in behind the sign-in gate; the only way the sign-in form checks a password. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    ThrottledSignIn throttledSignIn(SignInGate gate, AccountUserDetailsService users, PasswordEncoder encoder,
                                    MeterRegistry meters) {
        return new ThrottledSignIn(gate, users, encoder, meters);
    }
}
