package jp.procurementdesk.companies;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.PASSWORD;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher.Mail;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Colleagues on real Keycloak: a company-admin invites one (a Keycloak user of the company
 * with the role company and nothing more) and disables one (their next request and their next
 * sign-in fail); nobody disables themselves or the last company-admin, a plain colleague
 * changes nobody, and another company's user does not exist. Each test invites users of its
 * own, with fresh addresses; no demo user is left disabled.
 */
@DeskIntegrationTest
class ColleaguesIT {

	private static final String USERS = "/api/company/users";

	private static final RealmUsers REALM = new RealmUsers();

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void api() {
		api = new Api(http);
	}

	@AfterAll
	static void close() {
		REALM.close();
	}

	@Test
	void everyUserOfTheCompanyListsItsColleagues() {
		JsonNode items = api.get(ACME_SECOND, USERS).getBody().path("items");

		assertThat(items.findValuesAsText("username")).contains(ACME, ACME_SECOND).doesNotContain(SAKURA, ADVISOR);
		JsonNode admin = user(items, ACME);
		assertThat(admin.path("companyAdmin").asBoolean()).isTrue();
		assertThat(admin.path("enabled").asBoolean()).isTrue();
		assertThat(user(items, ACME_SECOND).path("companyAdmin").asBoolean()).isFalse();
		List<String> fields = new java.util.ArrayList<>();
		admin.fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("username", "name", "email", "enabled", "companyAdmin",
				"invitationPending");
		assertThat(api.get(SAKURA, USERS).getBody().path("items").findValuesAsText("username")).contains(SAKURA)
			.doesNotContain(ACME, ACME_SECOND);
		assertThat(api.get(ADVISOR, USERS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anInvitedColleagueIsAKeycloakUserOfTheCompanyWithTheRoleCompanyOnly() {
		String email = fresh("invited");

		ResponseEntity<JsonNode> invited = api.post(ACME, USERS, Map.of("name", "Hanako Invited", "email", email));

		assertThat(invited.getStatusCode()).as(String.valueOf(invited.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(invited.getBody().path("username").asText()).isEqualTo(email);
		assertThat(invited.getBody().path("companyAdmin").asBoolean()).isFalse();
		assertThat(REALM.find(email)).as("in Keycloak").isPresent();
		assertThat(REALM.realmRoles(email)).containsExactly("company");
		assertThat(REALM.effectiveRealmRoles(email)).doesNotContain("advisor", "supervisor", "company-admin");
		assertThat(REALM.groups(email)).isEmpty();
		assertThat(REALM.attributes(email).get("company_id")).containsExactly(ACME_COMPANY);
		assertThat(api.get(ACME_SECOND, USERS).getBody().path("items").findValuesAsText("username")).contains(email);
		JsonNode audit = new CompanyCalls(http).lastAudit(SUPERVISOR, ACME_COMPANY, "USER_INVITED");
		assertThat(audit.path("actor").asText()).isEqualTo(ACME);
		assertThat(audit.path("details").path("username").asText()).isEqualTo(email);
	}

	@Test
	void theInvitationIsInTheInvitersLanguageAndAColleagueIsPendingUntilTheirPasswordIsSet() {
		String email = fresh("pending");

		ResponseEntity<JsonNode> invited = http.exchange(USERS, HttpMethod.POST,
				new HttpEntity<>(Map.of("name", "Pending Colleague", "email", email),
						japanese(Tokens.cachedAccessToken(ACME))),
				JsonNode.class);

		assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(invited.getBody().path("invitationPending").asBoolean()).isTrue();
		Mail mail = DeskInfrastructure.testMail().awaitReceivedBy(email, 1).get(0);
		assertThat(mail.subject()).as("Keycloak's mail in the inviter's language")
			.containsPattern("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]");
		assertThat(REALM.attributes(email).get("locale")).as("Keycloak speaks it to them").containsExactly("ja");
		assertThat(user(api.get(ACME, USERS).getBody().path("items"), email).path("invitationPending").asBoolean())
			.isTrue();

		REALM.givePassword(email, PASSWORD);

		assertThat(user(api.get(ACME, USERS).getBody().path("items"), email).path("invitationPending").asBoolean())
			.isFalse();
	}

	@Test
	void anEmailThatIsTakenIsRefused() {
		String email = fresh("twice");
		assertThat(api.post(ACME, USERS, Map.of("name", "Once", "email", email)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		REALM.givePassword(email, PASSWORD);

		assertThat(api.post(ACME, USERS, Map.of("name", "Twice", "email", email.toUpperCase())).getStatusCode())
			.as("a colleague's").isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.post(SAKURA, USERS, Map.of("name", "Elsewhere", "email", email)).getStatusCode())
			.as("another company's user").isEqualTo(HttpStatus.CONFLICT);
		assertThat(REALM.attributes(email).get("company_id")).as("not moved").containsExactly(ACME_COMPANY);
		String desk = REALM.find(ADVISOR).orElseThrow().getEmail();
		assertThat(api.post(ACME, USERS, Map.of("name", "Staff", "email", desk)).getStatusCode()).as("an advisor's")
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(REALM.realmRoles(ADVISOR)).doesNotContain("company");
	}

	@Test
	void badInvitationsAndOtherRolesChangeNobody() {
		String email = fresh("refused");
		ResponseEntity<JsonNode> refused = api.post(ACME, USERS, Map.of("name", " ", "email", "not an address"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("errors").has("name")).isTrue();
		assertThat(refused.getBody().path("errors").has("email")).isTrue();
		for (String user : List.of(ACME_SECOND, ADVISOR, SUPERVISOR)) {
			assertThat(api.post(user, USERS, Map.of("name", "Nope", "email", email)).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(REALM.exists(email)).isFalse();
	}

	@Test
	void aDisabledColleaguesNextRequestAndSignInFail() {
		String email = invite("disabled");
		REALM.givePassword(email, PASSWORD);
		String token = Tokens.accessToken(email);
		assertThat(me(token).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(api.post(ACME_SECOND, USERS + "/" + email + "/disable", null).getStatusCode()).as("a plain colleague")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post(SAKURA, USERS + "/" + email + "/disable", null).getStatusCode())
			.as("another company's admin").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(me(token).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(api.post(ACME, USERS + "/" + email + "/disable", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(me(token).getStatusCode()).as("the same, still unexpired token").isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThatThrownBy(() -> Tokens.accessToken(email)).as("signing in again").hasMessageContaining("400");
		assertThat(REALM.enabled(email)).as("in Keycloak").isFalse();
		JsonNode listed = user(api.get(ACME, USERS).getBody().path("items"), email);
		assertThat(listed.path("enabled").asBoolean()).isFalse();
		assertThat(api.post(ACME, USERS + "/" + email + "/disable", null).getStatusCode()).as("once is enough")
			.isEqualTo(HttpStatus.CONFLICT);
		JsonNode audit = new CompanyCalls(http).lastAudit(SUPERVISOR, ACME_COMPANY, "USER_DISABLED");
		assertThat(audit.path("details").path("username").asText()).isEqualTo(email);
	}

	@Test
	void nobodyDisablesThemselvesOrTheLastCompanyAdmin() {
		assertThat(api.post(ACME, USERS + "/" + ACME + "/disable", null).getStatusCode()).as("oneself")
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.post(ACME, USERS + "/" + SAKURA + "/disable", null).getStatusCode()).as("another company's user")
			.isEqualTo(HttpStatus.NOT_FOUND);

		// A second company-admin whose role is taken back while their token still says company-admin:
		// acme.user is then the last company-admin, and stays.
		String email = invite("former-admin");
		REALM.givePassword(email, PASSWORD);
		REALM.grantRealmRole(email, "company-admin");
		String token = Tokens.accessToken(email);
		REALM.revokeRealmRole(email, "company-admin");
		try {
			ResponseEntity<JsonNode> refused = http.exchange(USERS + "/" + ACME + "/disable", HttpMethod.POST,
					new HttpEntity<>(bearer(token)), JsonNode.class);

			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(refused.getBody().path("detail").asText()).contains("last company-admin");
		}
		finally {
			// Had the rule failed, acme.user would be disabled: never leave a demo user so.
			jdbc.update("delete from desk.account_block where username = ?", ACME);
			REALM.setEnabled(ACME, true);
		}
		assertThat(REALM.enabled(ACME)).isTrue();
		assertThat(me(Tokens.accessToken(ACME)).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private String invite(String label) {
		String email = fresh(label);
		ResponseEntity<JsonNode> invited = api.post(ACME, USERS, Map.of("name", "Test " + label, "email", email));
		assertThat(invited.getStatusCode()).as(String.valueOf(invited.getBody())).isEqualTo(HttpStatus.CREATED);
		return email;
	}

	private ResponseEntity<JsonNode> me(String token) {
		return http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer(token)), JsonNode.class);
	}

	private static HttpHeaders japanese(String token) {
		HttpHeaders headers = bearer(token);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ja");
		return headers;
	}

	private static HttpHeaders bearer(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return headers;
	}

	/** The domain of the addresses tests invite; {@link RealmUsers#close} removes its users. */
	static final String FRESH_DOMAIN = "@invited.acme-medical.example";

	static String fresh(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8) + FRESH_DOMAIN;
	}

	private static JsonNode user(JsonNode items, String username) {
		for (JsonNode item : items) {
			if (item.path("username").asText().equals(username)) {
				return item;
			}
		}
		throw new AssertionError("No " + username + " in " + items);
	}

}
