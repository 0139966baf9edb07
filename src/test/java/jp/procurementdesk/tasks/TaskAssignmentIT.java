package jp.procurementdesk.tasks;

import static jp.procurementdesk.support.DemoUsers.ACME;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Claiming and reassigning work, and what each user's task list and task detail show. */
@DeskIntegrationTest
class TaskAssignmentIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void supervisorReassignsAnAdvisorTaskAndTheWorkMovesWithIt() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IMMUNIZATION_DEVICE", "WHO_PQ"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR,
				"pathways", List.of("WHO_PQ")));
		String consultation = api.taskId(ADVISOR, caseId, "initial-consultation");

		assertThat(api.post(SUPERVISOR, "/api/tasks/" + consultation + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.post(SUPERVISOR, "/api/tasks/" + consultation + "/assign", Map.of("assignee", ACME))
			.getBody().path("errors").has("assignee")).isTrue();
		assertThat(api.post(ADVISOR, "/api/tasks/" + consultation + "/assign",
				Map.of("assignee", OTHER_ADVISOR)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(api.post(SUPERVISOR, "/api/tasks/" + consultation + "/assign",
				Map.of("assignee", OTHER_ADVISOR)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(api.get(ADVISOR, "/api/tasks/" + consultation).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode task = api.get(OTHER_ADVISOR, "/api/tasks/" + consultation).getBody();
		assertThat(task.path("assignee").asText()).isEqualTo(OTHER_ADVISOR);
		assertThat(task.path("caseReference").asText()).startsWith("PD-");
		assertThat(task.path("companyName").asText()).isEqualTo("Acme Medical Devices");
		assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"advisors\"]");
		assertThat(task.path("fields").findValuesAsText("name")).containsExactly("readiness", "plan", "pathways");
		assertThat(task.path("due").isNull()).isFalse();
		api.complete(OTHER_ADVISOR, caseId, "initial-consultation", Map.of("readiness", "READY", "plan", "Go.",
				"pathways", List.of("WHO_PQ")));

		assertThat(api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().path("items")
			.findValuesAsText("type")).contains("TASK_ASSIGNED");
	}

	@Test
	void supervisorClaimsTriageAndTheDetailDescribesTheForm() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(SAKURA, "IVD", "COMPENDIUM"));
		String triage = api.taskId(SUPERVISOR, caseId, "triage");

		JsonNode detail = api.get(SUPERVISOR, "/api/tasks/" + triage).getBody();
		assertThat(detail.path("key").asText()).isEqualTo("triage");
		assertThat(detail.path("candidateGroups").get(0).asText()).isEqualTo("supervisors");
		JsonNode decision = detail.path("fields").get(0);
		assertThat(decision.path("name").asText()).isEqualTo("decision");
		assertThat(decision.path("type").asText()).isEqualTo("enum");
		assertThat(decision.path("required").asBoolean()).isTrue();
		assertThat(decision.path("options").toString()).contains("ACCEPT", "REQUEST_INFO", "REJECT");
		assertThat(detail.path("fields").get(1).path("requiredWhen").path("field").asText()).isEqualTo("decision");

		assertThat(api.post(SUPERVISOR, "/api/tasks/" + triage + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.get(SUPERVISOR, "/api/tasks/" + triage).getBody().path("assignee").asText())
			.isEqualTo(SUPERVISOR);
		assertThat(api.post(ADVISOR, "/api/tasks/" + triage + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.get(SUPERVISOR, "/api/tasks?key=triage&sort=due&size=100").getBody().path("items")
			.findValuesAsText("id")).contains(triage);
	}

}
