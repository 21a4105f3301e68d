package oidcprovider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the portal's sign-in tests: Spring Authorization Server in an application
 * context of its own (outside the portal's packages, with no database), on a random port of {@code localhost}, while
 * the portal is reached on {@code 127.0.0.1}, so the two keep their cookies apart. It knows one client, the portal,
 * and the users the tests add, each with the {@code email} and {@code email_verified} claims the test chooses (and may
 * change between sign-ins). Started once per test run.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
public class TestOidcProvider {

    public static final String REGISTRATION = "test-idp";
    public static final String CLIENT_ID = "portal";
    public static final String CLIENT_SECRET = "portal-secret";
    public static final String PASSWORD = "provider-password";

    record Claims(String email, boolean verified) {
    }

    private static final Map<String, Claims> CLAIMS = new ConcurrentHashMap<>();
    private static ConfigurableApplicationContext context;

    /** The provider's issuer, {@code http://localhost:<port>}; the provider starts on first use. */
    public static synchronized String issuer() {
        if (context == null) {
            context = new SpringApplicationBuilder(TestOidcProvider.class)
                    .web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=test-oidc-provider", "server.port=0", "spring.main.banner-mode=off",
                            "spring.jmx.enabled=false")
                    .run();
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    /** A user of the provider (password {@link #PASSWORD}) whose ID token says this email and whether it is verified. */
    public static void user(String username, String email, boolean verified) {
        issuer();
        var users = context.getBean(InMemoryUserDetailsManager.class);
        if (!users.userExists(username)) {
            users.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
        }
        CLAIMS.put(username, new Claims(email, verified));
    }

    /** The properties that register this provider with the portal, as a program would write them. */
    public static Map<String, String> clientProperties() {
        String prefix = "spring.security.oauth2.client.";
        return Map.of(
                prefix + "registration." + REGISTRATION + ".client-id", CLIENT_ID,
                prefix + "registration." + REGISTRATION + ".client-secret", CLIENT_SECRET,
                prefix + "registration." + REGISTRATION + ".client-name", "Test Provider",
                prefix + "registration." + REGISTRATION + ".scope", "openid,email,profile",
                prefix + "registration." + REGISTRATION + ".provider", REGISTRATION,
                prefix + "provider." + REGISTRATION + ".issuer-uri", issuer());
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resources -> resources.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // a loopback address: any port is accepted, so the portal may run on a random one
                .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION)
                .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** The email claims of the ID token (the user-info endpoint answers from it) are the ones the test chose. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
        return token -> {
            if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                Claims claims = CLAIMS.get(token.getPrincipal().getName());
                if (claims != null) {
                    token.getClaims().claim("email", claims.email()).claim("email_verified", claims.verified());
                }
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
