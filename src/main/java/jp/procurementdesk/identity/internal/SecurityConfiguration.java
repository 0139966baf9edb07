package jp.procurementdesk.identity.internal;

import jp.procurementdesk.identity.CompanyDirectory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Two ways in. The API ({@code /api/**}, {@code /engine-rest/**}, {@code /actuator/**}) is a
 * stateless resource server taking bearer tokens of the realm (health is open, its details
 * are for supervisors; so are a company's registration and its verification). Every other path
 * is the web UI, with OAuth2 login through Keycloak (client {@code desk-web}) and a session; the
 * registration pages ({@code /register/**}) are open, with CSRF tokens like every form, and so are
 * the calendar feeds ({@code GET /calendar/<token>.ics}), whose token is their credential. Optionally, a Prometheus server may scrape
 * {@code /actuator/prometheus} with a user and password of its own (HTTP Basic).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String SCRAPER_ROLE = "metrics-scraper";

	/**
	 * The metrics scraper's own credentials, so that Prometheus needs no Keycloak token (and
	 * no supervisor's rights): only {@code /actuator/prometheus}, only with HTTP Basic, only
	 * when a password is configured. Other requests there go on to the API chain (supervisors).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metricsScrapeSecurity(HttpSecurity http, ScrapeCredentials scrape, ProblemResponses problems)
			throws Exception {
		RequestMatcher basicCredentials = request -> scrape.enabled()
				&& StringUtils.startsWithIgnoreCase(request.getHeader("Authorization"), "Basic ");
		PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		InMemoryUserDetailsManager scraper = new InMemoryUserDetailsManager();
		if (scrape.enabled()) {
			scraper.createUser(User.withUsername(scrape.username())
				.password(passwords.encode(scrape.password()))
				.roles(SCRAPER_ROLE)
				.build());
		}
		return http
			.securityMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"),
					basicCredentials))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(SCRAPER_ROLE))
			.userDetailsService(scraper)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::badScrapeCredentials))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/**
	 * @param username the scraper's user name ({@code DESK_METRICS_SCRAPE_USERNAME})
	 * @param password its password ({@code DESK_METRICS_SCRAPE_PASSWORD}); none: scraping
	 * needs a supervisor's bearer token like every other actuator endpoint
	 */
	@ConfigurationProperties("desk.metrics.scrape")
	record ScrapeCredentials(String username, String password) {

		boolean enabled() {
			return StringUtils.hasText(password);
		}

	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ProblemResponses problems,
			AccountBlocks blocks, CompanyDirectory companies) throws Exception {
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
				// A company's registration and its verification need no sign-in (docs/companies.md);
				// only these two POSTs: reading registrations is for supervisors. A bearer token
				// sent along is still checked (a bad one is 401, as everywhere).
				.requestMatchers(path.matcher(HttpMethod.POST, "/api/registrations"),
						path.matcher(HttpMethod.POST, "/api/registrations/verify"))
				.permitAll()
				.requestMatchers(path.matcher("/engine-rest/**"), path.matcher("/actuator/**"))
				.hasRole("supervisor")
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {

					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(problems::bearerFailure);
						return filter;
					}

				}))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			// Disabled users and suspended companies, once the token is checked.
			.addFilterAfter(new AccountGuard(blocks, companies, problems, true), BearerTokenAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens are not sent by browsers on their own: no CSRF exposure here.
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository clients,
			OAuth2UserService<OidcUserRequest, OidcUser> users, KeycloakProperties keycloak,
			SignInAvailability signIn, AccountBlocks blocks, CompanyDirectory companies, ProblemResponses problems)
			throws Exception {
		SignInGuard signInGuard = new SignInGuard(signIn);
		OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
		keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/webjars/**", "/css/**", "/img/**", "/favicon.ico", "/error").permitAll()
				// The API's description is public; the API itself needs a token.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				// The registration page and its verification link: for companies that have no user yet.
				.requestMatchers("/register", "/register/**").permitAll()
				// The published opportunities (title, kind, agency, deadline) with a call to register.
				.requestMatchers("/opportunities/public").permitAll()
				// Calendar feeds (docs/calendar.md): calendar applications have no session; the
				// token in the path is the credential, and anything else answers 404.
				.requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
				.requestMatchers("/camunda/**").hasRole("supervisor")
				.anyRequest()
				.authenticated())
			.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
				.failureHandler(signInGuard))
			.addFilterBefore(signInGuard, OAuth2AuthorizationRequestRedirectFilter.class)
			// Disabled users and suspended companies: the session is loaded, nothing authorized yet.
			.addFilterBefore(new AccountGuard(blocks, companies, problems, false), AuthorizationFilter.class)
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
