package org.repsportal.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.People;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Every page and endpoint is denied unless a rule below allows it. Pages use the session and CSRF;
 * the API also takes personal access tokens and answers with problems instead of redirects.
 * A session exists only for a signed-in person: the CSRF token and the page to return to after signing in
 * live in cookies, static files and the health check run without any session, and API calls with a token
 * or without any credentials neither read nor create one. People sign in with the password form (unless
 * {@code portal.identity.password-sign-in=false}) and, when {@code spring.security.oauth2.client.*} configures any,
 * through OpenID Connect providers ({@link ProviderSignInConfiguration}); a sign-in started at a provider keeps its
 * pending request in the session that the sign-in then gives a new id.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Areas of the portal open to any signed-in person; what each may do inside is decided in the domain. */
    static final String[] SIGNED_IN_AREAS = {"/", "/dashboard", "/dashboard/**", "/people", "/people/**", "/profile",
            "/profile/**", "/reports", "/reports/**", "/tasks", "/tasks/**", "/checkins", "/checkins/**", "/settings",
            "/settings/**", "/api/v1/**", "/library", "/library/**", "/orientation", "/orientation/**",
            "/concerns", "/concerns/**", "/council", "/council/**", "/board", "/board/**",
            "/events", "/events/**", "/budgets", "/budgets/**", "/absences", "/absences/**", "/mentorship", "/mentorship/**",
            "/applications", "/applications/**", "/onboarding", "/onboarding/**", "/feedback", "/feedback/**",
            "/people.csv", "/reports.csv", "/tasks.csv"};

    /** Areas for Admins only; the domain checks the role again with the roles held now. */
    static final String[] ADMIN_AREAS = {"/admin", "/admin/**"};

    static final String[] PUBLIC = {"/login", "/login/refused", "/error", "/api/v1/calendar/*", "/invitation/*",
            "/invitation/*/renew", "/invitation/*/with/*"};

    /**
     * The public side of applications: the form, the confirmation link, the applicant's private status page and
     * the referees' forms (each behind an unguessable token), and the API's one public call.
     */
    static final String[] APPLICANTS = {"/apply", "/apply/confirm/*", "/application/*", "/application/*/*",
            "/reference/*"};

    /** Served without any session, signed in or not. */
    static final String[] SESSIONLESS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**"};

    /** The API description and its browsable UI: for signed-in people unless {@code portal.api-docs.public}. */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain sessionlessResources(HttpSecurity http) throws Exception {
        http.securityMatcher(SESSIONLESS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // disabled rather than stateless: its check of the requested session id would load and touch the session
                .sessionManagement(sessions -> sessions.disable())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, AccessTokens tokens, People people,
                                       ObjectProvider<ThrottledSignIn> signIn,
                                       ObjectProvider<AuthenticationEventPublisher> events,
                                       ObjectProvider<IdentityProperties> identity,
                                       ObjectProvider<ClientRegistrationRepository> registrations,
                                       ObjectProvider<ProviderSignIn> providerSignIn,
                                       @Value("${portal.api-docs.public:false}") boolean apiDocsPublic,
                                       @Value("${portal.metrics.token:}") String metricsToken) throws Exception {
        RequestMatcher api = ProblemResponses::isApi;
        RequestMatcher metrics = request -> MetricsScraperFilter.METRICS.equals(request.getRequestURI());
        IdentityProperties properties = identity.getIfAvailable(() -> new IdentityProperties(false, true));
        var failure = new SignInFailure();
        var returnTo = new CookieRequestCache();
        returnTo.setRequestMatcher(request -> !ProblemResponses.isApi(request) && "GET".equals(request.getMethod()));
        boolean oidc = registrations.getIfAvailable() != null;

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(APPLICANTS).permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/applications").permitAll()
                        .requestMatchers(API_DOCS).access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(
                                        apiDocsPublic || signedIn(authentication.get())))
                        // operators: Admins, and a scraper with portal.metrics.token
                        .requestMatchers(MetricsScraperFilter.METRICS).hasAnyRole("ADMIN", MetricsScraperFilter.ROLE)
                        .requestMatchers(SIGNED_IN_AREAS).authenticated()
                        .requestMatchers(ADMIN_AREAS).hasRole("ADMIN")
                        .anyRequest().denyAll())
                // the form's only way to check a password, without a parent that would check it again after a refusal;
                // and the providers' answers when OpenID Connect providers are configured
                .authenticationManager(signInManager(signIn, oidc ? providerSignIn : null,
                        events.getIfAvailable(DefaultAuthenticationEventPublisher::new)))
                .addFilterBefore(new BearerTokenFilter(tokens, people, properties), BasicAuthenticationFilter.class)
                .addFilterBefore(new MetricsScraperFilter(metricsToken), BearerTokenFilter.class)
                .addFilterAfter(new ReadOnlyAccessFilter(), AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(returnTo))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in or send a personal access token as Authorization: Bearer."), api)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Send the metrics token, or an Admin's personal access token, as Authorization: Bearer."), metrics)
                        // a client that asks any page for JSON rather than HTML is told so, not sent to the sign-in form
                        .defaultAuthenticationEntryPointFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in or send a personal access token as Authorization: Bearer."),
                                org.repsportal.platform.ErrorAnswers::wantsProblem)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You may not do this."), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> ProblemResponses.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Only Admins and the metrics scraper read the metrics."),
                                metrics)
                        // pages: the error page in the portal's look, told what was refused (a stale CSRF token asks to sign in again)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> {
                            request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, e);
                            response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        }, request -> true))
                .headers(SecurityConfiguration::headers);
        if (properties.passwordSignIn()) {
            http.formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false));
        }
        if (oidc) {
            ProviderSignInConfiguration.configure(http, returnTo);
        }
        return http.build();
    }

    /** The CSRF token lives in an HttpOnly cookie (Secure over TLS), so anonymous pages need no session. */
    static CookieCsrfTokenRepository csrfTokens() {
        return new CookieCsrfTokenRepository();
    }

    /** The sign-in is looked up when first used, so web slices that import these rules need not provide it. */
    private static ProviderManager signInManager(ObjectProvider<ThrottledSignIn> signIn,
                                                 ObjectProvider<ProviderSignIn> providerSignIn,
                                                 AuthenticationEventPublisher events) {
        var providers = new java.util.ArrayList<AuthenticationProvider>();
        providers.add(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return signIn.getObject().authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return signIn.getObject().supports(authentication);
            }
        });
        if (providerSignIn != null) {
            providers.add(ProviderSignInConfiguration.provider(providerSignIn));
        }
        var manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Sessions are found from their cookie, except on the paths served without one. */
    @Bean
    HttpSessionIdResolver sessionIds(DefaultCookieSerializer cookieSerializer) {
        var cookies = new CookieHttpSessionIdResolver();
        cookies.setCookieSerializer(cookieSerializer);
        return new SessionlessPathsIdResolver(cookies, SESSIONLESS);
    }

    /**
     * The session store every request goes through: Spring Boot's JDBC store, written only when the session changed.
     * Wrapped after it is built, because a session store of our own would make Spring Boot leave out the JDBC one.
     */
    @Bean
    static BeanPostProcessor sparingSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store ? new SparingSessionRepository<>(store) : bean;
            }
        };
    }

    /**
     * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS (directly, or as
     * {@code X-Forwarded-Proto: https} says behind a proxy).
     */
    @Bean
    DefaultCookieSerializer cookieSerializer() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    /**
     * Unsafe requests need the CSRF token when a browser session could be what authenticates them: never with a
     * bearer token, and not for an API call that carries no signed-in session (it is answered 401 anyway).
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || BearerTokenFilter.hasBearer(request)) {
            return false;
        }
        if (!ProblemResponses.isApi(request)) {
            return true;
        }
        return signedIn(SecurityContextHolder.getContext().getAuthentication());
    }

    static boolean isUnsafe(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
