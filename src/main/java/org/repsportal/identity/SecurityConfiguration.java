package org.repsportal.identity;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.People;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and endpoint is denied unless a rule below allows it. Pages use the session and CSRF;
 * the API also takes personal access tokens and answers with problems instead of redirects.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Areas of the portal open to any signed-in person; what each may do inside is decided in the domain. */
    static final String[] SIGNED_IN_AREAS = {"/", "/dashboard", "/dashboard/**", "/people", "/people/**", "/profile",
            "/profile/**", "/reports", "/reports/**", "/tasks", "/tasks/**", "/checkins", "/checkins/**", "/settings",
            "/settings/**", "/api/v1/**", "/library", "/library/**", "/orientation", "/orientation/**",
            "/concerns", "/concerns/**", "/council", "/council/**", "/board", "/board/**",
            "/events", "/events/**", "/budgets", "/budgets/**", "/absences", "/absences/**", "/mentorship", "/mentorship/**"};

    /** Areas for Admins only; the domain checks the role again with the roles held now. */
    static final String[] ADMIN_AREAS = {"/admin", "/admin/**"};

    static final String[] PUBLIC = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/api/v1/calendar/*"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, AccessTokens tokens, People people) throws Exception {
        RequestMatcher api = ProblemResponses::isApi;
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(SIGNED_IN_AREAS).authenticated()
                        .requestMatchers(ADMIN_AREAS).hasRole("ADMIN")
                        .anyRequest().denyAll())
                .addFilterBefore(new BearerTokenFilter(tokens, people), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in or send a personal access token as Authorization: Bearer."), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You may not do this."), api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
