package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One company never sees another's cases or tasks; an advisor sees only their own cases. */
@DeskIntegrationTest
class CaseIsolationIT {

	@Autowired
	TestRestTemplate http;

	Api api;

	UUID acmeCase;

	String acmeTask;

	@BeforeEach
	void acmeCaseWaitingForTheCompany() {
		api = new Api(http);
		acmeCase = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, acmeCase, "triage", Map.of("decision", "REQUEST_INFO", "note", "Which IVD?"));
		acmeTask = api.taskId(ACME, acmeCase, "provide-information");
	}

	@Test
	void anotherCompanyGets404OnEveryEndpointOfTheCaseAndSeesItNowhere() {
		String sakura = SAKURA;
		assertNotFound(api.get(sakura, "/api/cases/" + acmeCase));
		assertNotFound(api.get(sakura, "/api/cases/" + acmeCase + "/timeline"));
		assertNotFound(api.post(sakura, "/api/cases/" + acmeCase + "/withdraw", Map.of("reason", "x")));
		assertNotFound(api.get(sakura, "/api/tasks/" + acmeTask));
		assertNotFound(api.post(sakura, "/api/tasks/" + acmeTask + "/claim", Map.of()));
		assertNotFound(api.post(sakura, "/api/tasks/" + acmeTask + "/assign", Map.of("assignee", SAKURA)));
		assertNotFound(api.post(sakura, "/api/tasks/" + acmeTask + "/complete", Map.of("response", "mine now")));

		assertThat(ids(api.get(sakura, "/api/cases?size=100"))).doesNotContain(acmeCase.toString());
		assertThat(ids(api.get(sakura, "/api/cases?size=100&q=" + api.caseOf(ACME, acmeCase)
			.path("reference").asText()))).isEmpty();
		assertThat(ids(api.get(sakura, "/api/tasks?size=100"))).doesNotContain(acmeTask);
		assertThat(ids(api.get(sakura, "/api/tasks?caseId=" + acmeCase))).isEmpty();

		assertThat(api.taskId(ACME, acmeCase, "provide-information")).isEqualTo(acmeTask);
		assertThat(api.caseOf(ACME, acmeCase).path("status").asText()).isEqualTo("INFORMATION_REQUESTED");
	}

	@Test
	void advisorsSeeOnlyTheCasesAssignedToThem() {
		api.complete(ACME, acmeCase, "provide-information", Map.of("response", "A malaria RDT."));
		api.complete(SUPERVISOR, acmeCase, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR,
				"pathways", List.of("WHO_PQ")));
		String consultation = api.taskId(ADVISOR, acmeCase, "initial-consultation");

		assertThat(api.get(ADVISOR, "/api/cases/" + acmeCase).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ids(api.get(ADVISOR, "/api/cases?size=100"))).contains(acmeCase.toString());

		assertNotFound(api.get(OTHER_ADVISOR, "/api/cases/" + acmeCase));
		assertNotFound(api.get(OTHER_ADVISOR, "/api/tasks/" + consultation));
		assertNotFound(api.post(OTHER_ADVISOR, "/api/tasks/" + consultation + "/complete", Map.of()));
		assertThat(ids(api.get(OTHER_ADVISOR, "/api/cases?size=100"))).doesNotContain(acmeCase.toString());
		assertThat(ids(api.get(OTHER_ADVISOR, "/api/tasks?size=100"))).doesNotContain(consultation);
	}

	@Test
	void rolesAreEnforcedOnActionsOfVisibleTasks() {
		// The company sees its task but cannot claim it; an advisor cannot triage.
		assertThat(api.post(ACME, "/api/tasks/" + acmeTask + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post(ACME, "/api/tasks/" + acmeTask + "/assign", Map.of("assignee", ACME_SECOND))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post(SUPERVISOR, "/api/tasks/" + acmeTask + "/complete", Map.of("response", "x"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post(SUPERVISOR, "/api/cases", Map.of("productName", "X", "productCategory", "IVD",
				"pathways", List.of("WHO_PQ"), "summary", "A supervisor is no company.")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.post(ADVISOR, "/api/cases/" + acmeCase + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private static void assertNotFound(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody().path("status").asInt()).isEqualTo(404);
		assertThat(response.getBody().toString()).doesNotContain("acme").doesNotContain("Rapid malaria");
	}

	private static List<String> ids(ResponseEntity<JsonNode> list) {
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		return list.getBody().path("items").findValuesAsText("id");
	}

}
