package jp.procurementdesk.identity;

import static jp.procurementdesk.identity.CompanyAccountsIT.newCompanyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.reliability.WebLogin;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.RealmAdmin;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A disabled company user is refused at once although their access token is still valid and
 * their web session still open; they cannot sign in again. A suspension disables exactly the
 * company's users, who may still read while their token lasts but not write; reactivation
 * enables exactly those again. Fresh users and companies per test; demo users untouched.
 */
@DeskIntegrationTest
class DisabledAccountsIT {

	private final HttpClient browser = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	@Autowired
	CompanyAccounts accounts;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void aDisabledUsersValidTokenGets401TheirWebSessionEndsAndTheyCannotSignInAgain() throws Exception {
		String company = newCompanyId();
		String user = usableUser(company, "leaver", true);
		String token = Tokens.accessToken(user);
		assertThat(me(token).getStatusCode()).isEqualTo(HttpStatus.OK);
		WebLogin.Session session = WebLogin.signIn(base(), user);
		assertThat(page("/", session).statusCode()).isEqualTo(200);

		accounts.disable(company, user);

		ResponseEntity<JsonNode> refused = me(token);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(refused.getBody().path("detail").asText()).isEqualTo("This account has been disabled.");
		// The session is gone from the store: the next page asks for a sign-in, which Keycloak refuses.
		HttpResponse<String> next = page("/", session);
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/oauth2/authorization/keycloak"));
		assertThatThrownBy(() -> Tokens.accessToken(user)).hasMessageContaining("Token request failed");
		assertThatThrownBy(() -> WebLogin.signIn(base(), user)).isInstanceOf(IllegalStateException.class);

		assertThat(RealmAdmin.user(user).orElseThrow().isEnabled()).isFalse();
		assertThat(RealmAdmin.resource(user).getUserSessions()).isEmpty();
		assertThat(accounts.disabled(user)).isTrue();
		assertThat(accounts.list(company)).extracting(CompanyAccount::enabled).containsExactly(false);
		// Disabling again changes nothing and fails nothing.
		accounts.disable(company, user);
		assertThat(accounts.list(company)).extracting(CompanyAccount::enabled).containsExactly(false);
	}

	/**
	 * Blocked on one node, still signed in through another's session (or Keycloak failed
	 * half-way): the page ends the session and says the account is disabled.
	 */
	@Test
	void aBlockedUsersOpenSessionEndsOnTheNextPage() throws Exception {
		String company = newCompanyId();
		String user = usableUser(company, "blocked", false);
		WebLogin.Session session = WebLogin.signIn(base(), user);
		jdbc.update("insert into desk.account_block (username, company_id, reason, blocked_at, blocked_by) "
				+ "values (?, ?, 'DISABLED_BY_COMPANY', ?, 'another-node')", user, company, OffsetDateTime.now());

		HttpResponse<String> refused = page("/", session);

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Account disabled").doesNotContain(user);
		assertThat(page("/", session).statusCode()).isEqualTo(302);
	}

	@Test
	void aSuspensionDisablesTheCompanysUsersWhoReadButCannotWriteAndReactivationEnablesExactlyThoseAgain() {
		String company = newCompanyId();
		jdbc.update("insert into desk.company (id, name) values (?, ?)", company, "Suspended Test Co");
		try {
			String admin = usableUser(company, "admin", true);
			String colleague = usableUser(company, "colleague", false);
			String leaver = usableUser(company, "leaver", false);
			String other = usableUser(newCompanyId(), "bystander", false);
			accounts.disable(company, leaver);
			Api api = new Api(http);
			String adminToken = Tokens.accessToken(admin);

			accounts.disableCompany(company);
			jdbc.update("update desk.company set status = 'SUSPENDED' where id = ?", company);

			assertThat(List.of(admin, colleague, leaver)).allSatisfy(
					user -> assertThat(RealmAdmin.user(user).orElseThrow().isEnabled()).as(user).isFalse());
			assertThat(RealmAdmin.user(other).orElseThrow().isEnabled()).isTrue();
			assertThatThrownBy(() -> Tokens.accessToken(colleague)).hasMessageContaining("Token request failed");
			// The token issued before the suspension still reads, and never writes.
			assertThat(exchange(HttpMethod.GET, "/api/cases", adminToken, null).getStatusCode()).isEqualTo(HttpStatus.OK);
			ResponseEntity<JsonNode> write = exchange(HttpMethod.POST, "/api/cases", adminToken, newCase());
			assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(write.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(write.getBody().path("detail").asText()).contains("suspended");
			assertThat(accounts.list(company)).extracting(CompanyAccount::enabled).containsOnly(false);
			// A second suspension (a retry) changes nothing.
			accounts.disableCompany(company);

			accounts.enableCompany(company);
			jdbc.update("update desk.company set status = 'ACTIVE' where id = ?", company);

			assertThat(RealmAdmin.user(admin).orElseThrow().isEnabled()).isTrue();
			assertThat(RealmAdmin.user(colleague).orElseThrow().isEnabled()).isTrue();
			assertThat(RealmAdmin.user(leaver).orElseThrow().isEnabled()).isFalse();
			assertThat(accounts.disabled(admin)).isFalse();
			assertThat(accounts.disabled(leaver)).isTrue();
			assertThat(accounts.list(company)).extracting(CompanyAccount::username, CompanyAccount::enabled)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(admin, true),
						org.assertj.core.groups.Tuple.tuple(colleague, true),
						org.assertj.core.groups.Tuple.tuple(leaver, false));
			assertThat(api.get(colleague, "/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThatThrownBy(() -> Tokens.accessToken(leaver)).hasMessageContaining("Token request failed");
		}
		finally {
			jdbc.update("delete from desk.company where id = ?", company);
		}
	}

	/** A company whose status says suspended refuses its users' writes, block or not. */
	@Test
	void aCompanyMarkedSuspendedRefusesWritesOfAUserWithoutABlock() {
		String company = newCompanyId();
		jdbc.update("insert into desk.company (id, name, status) values (?, ?, 'SUSPENDED')", company, "Marked Co");
		try {
			String token = Tokens.accessToken(usableUser(company, "marked", false));

			assertThat(exchange(HttpMethod.POST, "/api/cases", token, newCase()).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(exchange(HttpMethod.GET, "/api/me", token, null).getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		finally {
			jdbc.update("delete from desk.company where id = ?", company);
		}
	}

	/** A user of the company as after the set-password mail: password "demo", nothing left to do. */
	private String usableUser(String company, String name, boolean admin) {
		String email = name + "@" + company + ".example.com";
		accounts.create(company, email, "Test " + name, Locale.ENGLISH, admin);
		RealmAdmin.setPassword(email);
		return email;
	}

	private static Map<String, Object> newCase() {
		return Map.of("productName", "Test kit", "productCategory", "IVD", "pathways", List.of("WHO_PQ"),
				"targetAgencies", List.of("UNICEF"), "summary", "Should be refused.");
	}

	private ResponseEntity<JsonNode> me(String token) {
		return exchange(HttpMethod.GET, "/api/me", token, null);
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String token, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private HttpResponse<String> page(String path, WebLogin.Session session) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Cookie", "JSESSIONID=" + session.cookie())
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
