package uk.retain.people.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletResponse;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;

/**
 * Two filter chains. The JSON API is stateless, signed in with HTTP Basic on every call, so no cookie can carry
 * a forged request and it needs no CSRF token. The pages use a session: a sign-in form (and the council's
 * OpenID Connect provider when one is configured), CSRF tokens on every form, a new session id at sign-in,
 * and strict security headers.
 *
 * <p>These rules are the coarse gate (signed in; administrators only for users, audit and imports); what each
 * role sees inside a page or call is decided by {@link uk.retain.people.Viewer}.
 */
@Configuration
@EnableConfigurationProperties(OidcAccounts.class)
class SecurityConfiguration {

    /** The password hashing of local accounts, needed by the command line too. */
    @Configuration
    static class Passwords {
        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }

    /** The filter chains, only where there is a web server to guard. */
    @Configuration
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Chains {

        /** Scripts, styles, fonts and images from Retain only; no frames, no plug-ins, forms post back to Retain. */
        static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "form-action 'self'; base-uri 'self'";

        /** The administrator's pages, with their downloads (a pattern like /users/** does not cover /users.csv). */
        static final String[] ADMINISTRATION = {"/users", "/users.csv", "/users/**", "/audit", "/audit.csv", "/audit/**",
            "/import", "/import/**"};

        private static final String[] PUBLIC = {"/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
            "/sign-in", "/error", "/actuator/health", "/actuator/health/**"};

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords) throws Exception {
            DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
            checker.setPasswordEncoder(passwords);
            http.securityMatcher("/api/**", "/v3/api-docs/**")
                    .authenticationProvider(new RememberedCredentials(checker, users, java.time.Clock.systemUTC()))
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(HttpMethod.POST, "/api/v1/bundles").hasRole("ADMINISTRATOR")
                            .requestMatchers("/v3/api-docs/**").permitAll()
                            .anyRequest().authenticated())
                    .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Retain\"");
                        problem(response, HttpStatus.UNAUTHORIZED, "Sign-in required", "Send a Retain user name and password (HTTP Basic).");
                    }))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                            problem(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.")))
                    .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
                OidcAccounts oidc, ApplicationEventPublisher events) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(PUBLIC).permitAll()
                            .requestMatchers(ADMINISTRATION).hasRole("ADMINISTRATOR")
                            .anyRequest().authenticated())
                    .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                            .defaultSuccessUrl("/", false).failureHandler((request, response, e) -> {
                                String reason = e instanceof org.springframework.security.authentication.LockedException ? "locked" : "invalid";
                                response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
                            }).permitAll())
                    .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
                    .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                            .frameOptions(frame -> frame.deny()));
            if (providers.getIfAvailable() != null) {
                http.oauth2Login(login -> login.loginPage("/sign-in")
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers(oidc)))
                        .failureHandler((request, response, e) -> {
                            String reason = "council";
                            if (e instanceof NoMappedGroup refused) {
                                events.publishEvent(new Audited(refused.username, oidc.laCode(), Action.SIGN_IN_FAILED, null, null,
                                        "council account: none of its groups maps to a Retain role"));
                                reason = "no-access";
                            }
                            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
                        }));
            }
            return http.build();
        }

    }

    /** Provider users get the Retain account their groups map to; a user whose groups map to none is refused. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(OidcAccounts oidc) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            return oidc.account(user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject(),
                            user.getFullName(), user.getClaims())
                    .<OidcUser>map(account -> new OidcUserWithAccount(user, account))
                    .orElseThrow(() -> new NoMappedGroup(user.getPreferredUsername() != null ? user.getPreferredUsername()
                            : user.getSubject()));
        };
    }

    /** A provider user none of whose groups maps to a Retain role: signed in at the council, refused by Retain. */
    static final class NoMappedGroup extends OAuth2AuthenticationException {

        private final String username;

        NoMappedGroup(String username) {
            super(new OAuth2Error("retain_no_mapped_group", "None of the user's groups maps to a Retain role.", null));
            this.username = username.substring(0, Math.min(username.length(), 100));
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }

}
