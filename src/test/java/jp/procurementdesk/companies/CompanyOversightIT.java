package jp.procurementdesk.companies;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
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

/**
 * The supervisors' side on real Keycloak: the company list (text, status, paging), a company
 * with its users, cases by status and audit trail, and suspension: the company's users are
 * disabled in Keycloak and their writes refused while the desk still reads their cases, until
 * a supervisor reactivates it. Sakura is suspended here and always reactivated.
 */
@DeskIntegrationTest
class CompanyOversightIT {

	private static final RealmUsers REALM = new RealmUsers();

	@Autowired
	TestRestTemplate http;

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
	void supervisorsListTheCompaniesByTextStatusAndPage() {
		JsonNode all = api.get(SUPERVISOR, "/api/companies").getBody();
		assertThat(ids(all)).contains(ACME_COMPANY, SAKURA_COMPANY);
		assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(2);
		JsonNode acme = all.path("items").get(ids(all).indexOf(ACME_COMPANY));
		assertThat(acme.path("name").asText()).isEqualTo("Acme Medical Devices");
		assertThat(acme.path("status").asText()).isEqualTo("ACTIVE");

		for (String text : List.of("sakura", "さくら", "6070001098765", "SAKURA-DIAG")) {
			assertThat(ids(api.get(SUPERVISOR, "/api/companies?q=" + text).getBody())).as(text).containsExactly(SAKURA_COMPANY);
		}
		assertThat(ids(api.get(SUPERVISOR, "/api/companies?q=%25").getBody())).as("% is a character").isEmpty();
		assertThat(ids(api.get(SUPERVISOR, "/api/companies?status=SUSPENDED&q=acme").getBody())).isEmpty();
		assertThat(ids(api.get(SUPERVISOR, "/api/companies?status=ACTIVE&q=acme").getBody())).containsExactly(ACME_COMPANY);

		JsonNode first = api.get(SUPERVISOR, "/api/companies?size=1").getBody();
		JsonNode second = api.get(SUPERVISOR, "/api/companies?size=1&page=1").getBody();
		assertThat(first.path("items")).hasSize(1);
		assertThat(first.path("size").asInt()).isEqualTo(1);
		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
		assertThat(api.get(SUPERVISOR, "/api/companies?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.get(SUPERVISOR, "/api/companies?status=CLOSED").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		for (String user : List.of(ACME, SAKURA, ADVISOR)) {
			assertThat(api.get(user, "/api/companies").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void aCompanysPageCountsItsCasesByStatusAndShowsItsUsers() {
		JsonNode before = api.get(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY).getBody();
		long triage = before.path("casesByStatus").path("TRIAGE").asLong();
		long closed = before.path("casesByStatus").path("CLOSED").asLong();
		UUID open = Api.id(api.openCase(SAKURA, "IVD", "WHO_PQ"));
		UUID withdrawn = Api.id(api.openCase(SAKURA, "IVD", "COMPENDIUM"));
		api.post(SAKURA, "/api/cases/" + withdrawn + "/withdraw", Map.of("reason", "test"));

		JsonNode detail = api.get(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY).getBody();

		assertThat(detail.path("profile").path("id").asText()).isEqualTo(SAKURA_COMPANY);
		assertThat(detail.path("profile").path("nameJa").asText()).isEqualTo("さくら診断薬株式会社");
		assertThat(detail.path("casesByStatus").path("TRIAGE").asLong()).isEqualTo(triage + 1);
		assertThat(detail.path("casesByStatus").path("CLOSED").asLong()).isEqualTo(closed + 1);
		assertThat(fieldNames(detail.path("casesByStatus"))).containsExactly("TRIAGE", "INFORMATION_REQUESTED",
				"CONSULTATION", "PLAN_APPROVAL", "IN_SUPPORT", "CLOSING", "CLOSED");
		assertThat(detail.path("users").findValuesAsText("username")).contains(SAKURA).doesNotContain(ACME);
		assertThat(detail.path("audit").isArray()).isTrue();
		assertThat(api.get(SUPERVISOR, "/api/companies/no-such-company").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.get(ADVISOR, "/api/companies/" + SAKURA_COMPANY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.caseOf(SUPERVISOR, open).path("companyId").asText()).isEqualTo(SAKURA_COMPANY);
	}

	@Test
	void aSuspendedCompanysUsersCanNoLongerWriteWhileTheDeskReadsItsCases() {
		UUID caseId = Api.id(api.openCase(SAKURA, "IVD", "WHO_PQ"));
		String token = Tokens.accessToken(SAKURA);
		try {
			assertThat(api.post(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY + "/suspend", Map.of()).getStatusCode())
				.as("no reason").isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(api.post(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY + "/suspend", Map.of("reason", " "))
				.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(api.post(ACME, "/api/companies/" + SAKURA_COMPANY + "/suspend", Map.of("reason", "rivals"))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(status(SAKURA_COMPANY)).isEqualTo("ACTIVE");

			ResponseEntity<JsonNode> suspended = api.post(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY + "/suspend",
					Map.of("reason", "Documents found to be forged."));

			assertThat(suspended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(status(SAKURA_COMPANY)).isEqualTo("SUSPENDED");
			assertThat(REALM.enabled(SAKURA)).as("disabled in Keycloak").isFalse();
			assertThatThrownBy(() -> Tokens.accessToken(SAKURA)).as("no new sign-in").hasMessageContaining("400");
			ResponseEntity<JsonNode> write = call(token, HttpMethod.POST, "/api/cases/" + caseId + "/withdraw",
					Map.of("reason", "while suspended"));
			assertThat(write.getStatusCode()).as("writes refused").isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(call(token, HttpMethod.POST, "/api/company/products", Map.of("name", "While suspended", "category",
					"IVD")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			ResponseEntity<JsonNode> read = call(token, HttpMethod.GET, "/api/cases/" + caseId, null);
			assertThat(read.getStatusCode()).as("its users still read").isEqualTo(HttpStatus.OK);
			assertThat(call(token, HttpMethod.GET, "/api/company", null).getBody().path("status").asText())
				.isEqualTo("SUSPENDED");
			assertThat(api.caseOf(SUPERVISOR, caseId).path("status").asText()).as("the desk still reads the case")
				.isEqualTo("TRIAGE");
			assertThat(api.get(SUPERVISOR, "/api/cases?q=Sakura").getStatusCode())
				.isEqualTo(HttpStatus.OK);
			assertThat(api.post(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY + "/suspend", Map.of("reason", "again"))
				.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			JsonNode audit = new CompanyCalls(http).lastAudit(SUPERVISOR, SAKURA_COMPANY, "SUSPENDED");
			assertThat(audit.path("actor").asText()).isEqualTo(SUPERVISOR);
			assertThat(audit.path("details").path("reason").asText()).isEqualTo("Documents found to be forged.");
			assertThat(api.get(SUPERVISOR, "/api/companies?status=SUSPENDED").getBody().path("items")
				.findValuesAsText("id")).contains(SAKURA_COMPANY);

			ResponseEntity<JsonNode> reactivated = api.post(SUPERVISOR,
					"/api/companies/" + SAKURA_COMPANY + "/reactivate", Map.of("reason", "The originals were shown."));

			assertThat(reactivated.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(status(SAKURA_COMPANY)).isEqualTo("ACTIVE");
			assertThat(REALM.enabled(SAKURA)).isTrue();
			String fresh = Tokens.accessToken(SAKURA);
			assertThat(call(fresh, HttpMethod.POST, "/api/cases/" + caseId + "/withdraw", Map.of("reason", "active again"))
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(new CompanyCalls(http).lastAudit(SUPERVISOR, SAKURA_COMPANY, "REACTIVATED").path("details")
				.path("reason").asText()).isEqualTo("The originals were shown.");
			assertThat(api.post(SUPERVISOR, "/api/companies/" + SAKURA_COMPANY + "/reactivate", Map.of("reason", "again"))
				.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		}
		finally {
			active(api, SAKURA_COMPANY);
		}
	}

	/** Puts a demo company back to active, if a test left it suspended. */
	static void active(Api api, String companyId) {
		if ("SUSPENDED".equals(api.get(SUPERVISOR, "/api/companies/" + companyId).getBody().path("profile")
			.path("status").asText())) {
			api.post(SUPERVISOR, "/api/companies/" + companyId + "/reactivate", Map.of("reason", "test clean-up"));
		}
	}

	private String status(String companyId) {
		return api.get(SUPERVISOR, "/api/companies/" + companyId).getBody().path("profile").path("status").asText();
	}

	private ResponseEntity<JsonNode> call(String token, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
		return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").findValuesAsText("id");
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
