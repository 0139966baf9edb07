package jp.procurementdesk.identity.internal;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.internal.SecurityConfiguration.ScrapeCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fast tier: the desk's own security rules ({@link SecurityConfiguration}) in a web
 * slice, Keycloak replaced by a mocked {@link JwtDecoder} and client registrations. What a
 * client sees: 401/503 problem details on the API, no CSRF there, CSRF and the content
 * security policy on the web UI; disabled users (401, a page ends the session) and users of
 * a suspended company (403 on writes).
 */
@WebMvcTest(MeController.class)
@Import({ SecurityConfiguration.class, ProblemResponses.class })
@EnableConfigurationProperties({ KeycloakProperties.class, ScrapeCredentials.class })
class SecurityRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	KeycloakProperties keycloak;

	@MockitoBean
	JwtDecoder tokens;

	@MockitoBean
	ClientRegistrationRepository clients;

	@MockitoBean
	OAuth2UserService<OidcUserRequest, OidcUser> users;

	@MockitoBean
	SignInAvailability signIn;

	@MockitoBean
	CompanyDirectory companies;

	@MockitoBean
	AccountBlocks blocks;

	@BeforeEach
	void keycloak() {
		when(signIn.available()).thenReturn(true);
		when(tokens.decode("acme-token")).thenReturn(Jwt.withTokenValue("acme-token")
			.header("alg", "RS256")
			.claim(KeycloakClaims.USERNAME, ACME)
			.claim(KeycloakClaims.COMPANY_ID, ACME_COMPANY)
			.claim("realm_access", Map.of("roles", List.of("company", "offline_access")))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.build());
		when(tokens.decode("forged-token")).thenThrow(new BadJwtException("Signed JWT rejected: Invalid signature"));
		when(tokens.decode("unchecked-token")).thenThrow(new JwtException("Couldn't retrieve remote JWK set"));
		when(companies.nameOf(ACME_COMPANY)).thenReturn(Optional.of("Acme Medical Devices"));
	}

	@Test
	void aValidTokenGetsTheUser() throws Exception {
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer acme-token"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(ACME))
			.andExpect(jsonPath("$.roles[0]").value("company"))
			.andExpect(jsonPath("$.companyId").value(ACME_COMPANY))
			.andExpect(jsonPath("$.companyName").value("Acme Medical Devices"));
	}

	@Test
	void noTokenIsA401ProblemWithABearerChallenge() throws Exception {
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(content().string(not(containsString("username"))));
	}

	@Test
	void aRefusedTokenIsA401Problem() throws Exception {
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer forged-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTokenThatCannotBeCheckedIsA503ProblemWithRetryAfter() throws Exception {
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer unchecked-token"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503));
	}

	@Test
	void theApiTakesNoCsrfTokenAndKeepsNoSession() throws Exception {
		mvc.perform(post("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer acme-token"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

	@Test
	void aWebFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/cases").with(oidcLogin())).andExpect(status().isForbidden());
		mvc.perform(post("/cases").with(oidcLogin()).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aWebPageAsksAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/cases")).andExpect(status().is3xxRedirection());
	}

	@Test
	void webPagesCarryTheContentSecurityPolicy() throws Exception {
		mvc.perform(get("/cases").with(oidcLogin()))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("form-action 'self' " + keycloak.url())))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void aDisabledUsersStillValidTokenIsA401Problem() throws Exception {
		when(blocks.reasonOf(ACME)).thenReturn(Optional.of(BlockReason.DISABLED_BY_COMPANY));

		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer acme-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This account has been disabled."))
			.andExpect(content().string(not(containsString(ACME_COMPANY))));
	}

	@Test
	void aSuspendedCompanysUserReadsButEveryWriteIsA403Problem() throws Exception {
		when(companies.suspended(ACME_COMPANY)).thenReturn(true);

		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer acme-token")).andExpect(status().isOk());
		for (var write : List.of(post("/api/me"), put("/api/cases/1"), patch("/api/cases/1"), delete("/api/cases/1"))) {
			mvc.perform(write.header(HttpHeaders.AUTHORIZATION, "Bearer acme-token"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("suspended")));
		}
	}

	@Test
	void aSuspensionsUserIsRefusedWritesEvenBeforeTheCompanyIsMarkedSuspended() throws Exception {
		when(blocks.reasonOf(ACME)).thenReturn(Optional.of(BlockReason.COMPANY_SUSPENDED));

		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer acme-token")).andExpect(status().isOk());
		mvc.perform(post("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer acme-token"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDisabledUsersPageEndsTheirSession() throws Exception {
		when(blocks.reasonOf("user")).thenReturn(Optional.of(BlockReason.DISABLED_BY_COMPANY));
		MockHttpSession session = new MockHttpSession();

		mvc.perform(get("/cases").session(session).with(oidcLogin())).andExpect(status().isUnauthorized());

		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aSuspendedCompanysUserPostsNoFormButMaySignOut() throws Exception {
		when(companies.suspended(ACME_COMPANY)).thenReturn(true);
		var companyUser = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_company"))
			.idToken(token -> token.claim(KeycloakClaims.COMPANY_ID, ACME_COMPANY));

		mvc.perform(post("/cases").with(companyUser).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/cases").with(companyUser)).andExpect(status().isNotFound());
		mvc.perform(post("/logout").with(companyUser).with(csrf())).andExpect(status().is3xxRedirection());
	}

}
