package jp.procurementdesk.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two ways in. The API ({@code /api/**}, {@code /engine-rest/**}, {@code /actuator/**}) is a
 * stateless resource server taking bearer tokens of the realm (health is open, its details
 * are for supervisors). Every other path is the web UI, with OAuth2 login through Keycloak
 * (client {@code desk-web}) and a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ProblemResponses problems)
			throws Exception {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(jwt -> KeycloakClaims.authorities(jwt));
		tokens.setPrincipalClaimName(KeycloakClaims.USERNAME);
		// Path patterns, not MVC matchers: /engine-rest is Jersey's servlet, not Spring MVC's.
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		return http
			.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
					path.matcher("/actuator/**")))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/**"),
						path.matcher("/actuator/info"))
				.permitAll()
				.requestMatchers(path.matcher("/engine-rest/**"), path.matcher("/actuator/**"))
				.hasRole("supervisor")
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens are not sent by browsers on their own: no CSRF exposure here.
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository clients,
			OAuth2UserService<OidcUserRequest, OidcUser> users, KeycloakProperties keycloak) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
		keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/webjars/**", "/css/**", "/img/**", "/favicon.ico", "/error").permitAll()
				// The API's description is public; the API itself needs a token.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/camunda/**").hasRole("supervisor")
				.anyRequest()
				.authenticated())
			.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)))
			// Ends the Keycloak session too (RP-initiated logout), not only ours.
			.logout(logout -> logout.logoutSuccessHandler(keycloakLogout))
			// The Camunda webapps carry their own CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				// The Camunda webapps send their own policy (with nonces); ours covers our pages.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
						new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(keycloak)))))
			.build();
	}

	/** No inline script or style anywhere; forms post to us (and logout continues to Keycloak). */
	static String contentSecurityPolicy(KeycloakProperties keycloak) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
				+ keycloak.url();
	}

}
