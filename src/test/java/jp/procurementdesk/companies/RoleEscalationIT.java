package jp.procurementdesk.companies;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The desk-admin client could grant any realm role ({@code manage-users}); no request of a
 * company user or company-admin may make it. Whatever a body adds (roles, groups, attributes,
 * another company), an invitation refuses it, and the users it creates hold exactly the role
 * {@code company} and the caller's {@code company_id}, as Keycloak's own admin API shows.
 */
@DeskIntegrationTest
class RoleEscalationIT {

	private static final RealmUsers REALM = new RealmUsers();

	/** What a hostile company-admin adds to an invitation or a profile. */
	private static final Map<String, Object> ESCALATIONS = escalations();

	@Autowired
	TestRestTemplate http;

	@AfterAll
	static void close() {
		REALM.close();
	}

	@Test
	void noInvitationGivesARoleAGroupOrAnotherCompany() {
		Api api = new Api(http);
		for (String caller : List.of(ACME, ACME_SECOND)) {
			for (Map.Entry<String, Object> escalation : ESCALATIONS.entrySet()) {
				String email = ColleaguesIT.fresh("escalate");
				Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Eve Escalation", "email", email));
				body.put(escalation.getKey(), escalation.getValue());

				ResponseEntity<JsonNode> refused = api.post(caller, "/api/company/users", body);

				assertThat(refused.getStatusCode()).as(caller + " + " + escalation.getKey())
					.isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
				assertThat(REALM.exists(email)).as(caller + " + " + escalation.getKey() + ": nobody created").isFalse();
			}
		}

		for (String[] admin : new String[][] { { ACME, ACME_COMPANY }, { SAKURA, SAKURA_COMPANY } }) {
			String email = ColleaguesIT.fresh("plain");
			assertThat(api.post(admin[0], "/api/company/users", Map.of("name", "Plain Colleague", "email", email))
				.getStatusCode()).isEqualTo(HttpStatus.CREATED);

			assertThat(REALM.realmRoles(email)).as(email).containsExactly("company");
			assertThat(REALM.effectiveRealmRoles(email)).as(email).doesNotContain("advisor", "supervisor", "company-admin");
			assertThat(REALM.groups(email)).as(email).isEmpty();
			assertThat(REALM.attributes(email).get("company_id")).as(email).containsExactly(admin[1]);
		}
	}

	@Test
	void noProfileChangeMovesOrPromotesAnyone() {
		CompanyCalls calls = new CompanyCalls(http);
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		List<String> rolesBefore = REALM.realmRoles(ACME_SECOND);
		for (Map.Entry<String, Object> escalation : ESCALATIONS.entrySet()) {
			ObjectNode body = CompanyCalls.editable(before.getBody());
			body.putPOJO(escalation.getKey(), escalation.getValue());

			ResponseEntity<JsonNode> refused = calls.changeProfile(ACME, body, before.getHeaders().getETag());

			assertThat(refused.getStatusCode()).as(escalation.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
		}
		assertThat(calls.profile(ACME).getBody()).isEqualTo(before.getBody());
		assertThat(calls.profile(ACME).getHeaders().getETag()).isEqualTo(before.getHeaders().getETag());
		for (String user : List.of(ACME, ACME_SECOND)) {
			assertThat(REALM.attributes(user).get("company_id")).as(user).containsExactly(ACME_COMPANY);
			assertThat(REALM.effectiveRealmRoles(user)).as(user).doesNotContain("advisor", "supervisor");
		}
		assertThat(REALM.realmRoles(ACME_SECOND)).isEqualTo(rolesBefore).doesNotContain("company-admin");
	}

	private static Map<String, Object> escalations() {
		Map<String, Object> escalations = new LinkedHashMap<>();
		escalations.put("roles", List.of("supervisor"));
		escalations.put("realmRoles", List.of("advisor", "supervisor", "company-admin"));
		escalations.put("role", "supervisor");
		escalations.put("companyAdmin", true);
		escalations.put("companyId", SAKURA_COMPANY);
		escalations.put("company_id", SAKURA_COMPANY);
		escalations.put("attributes", Map.of("company_id", List.of(SAKURA_COMPANY)));
		escalations.put("groups", List.of("supervisors", "camunda-admin"));
		escalations.put("clientRoles", Map.of("realm-management", List.of("realm-admin")));
		escalations.put("username", "supervisor.sato");
		escalations.put("enabled", true);
		escalations.put("requiredActions", List.of());
		escalations.put("credentials", List.of(Map.of("type", "password", "value", "demo")));
		escalations.put("CompanyId", SAKURA_COMPANY);
		return escalations;
	}

}
