package jp.procurementdesk.tasks;

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
		UUID caseId = Api.id(api.openCase("acme.user", "IMMUNIZATION_DEVICE", "WHO_PQ"));
		api.complete("supervisor.sato", caseId, "triage", Map.of("decision", "ACCEPT", "advisor", "advisor.tanaka",
				"pathways", List.of("WHO_PQ")));
		String consultation = api.taskId("advisor.tanaka", caseId, "initial-consultation");

		assertThat(api.post("supervisor.sato", "/api/tasks/" + consultation + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.post("supervisor.sato", "/api/tasks/" + consultation + "/assign", Map.of("assignee", "acme.user"))
			.getBody().path("errors").has("assignee")).isTrue();
		assertThat(api.post("advisor.tanaka", "/api/tasks/" + consultation + "/assign",
				Map.of("assignee", "advisor.suzuki")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(api.post("supervisor.sato", "/api/tasks/" + consultation + "/assign",
				Map.of("assignee", "advisor.suzuki")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(api.get("advisor.tanaka", "/api/tasks/" + consultation).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode task = api.get("advisor.suzuki", "/api/tasks/" + consultation).getBody();
		assertThat(task.path("assignee").asText()).isEqualTo("advisor.suzuki");
		assertThat(task.path("caseReference").asText()).startsWith("PD-");
		assertThat(task.path("companyName").asText()).isEqualTo("Acme Medical Devices");
		assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"advisors\"]");
		assertThat(task.path("fields").findValuesAsText("name")).containsExactly("readiness", "plan", "pathways");
		assertThat(task.path("due").isNull()).isFalse();
		api.complete("advisor.suzuki", caseId, "initial-consultation", Map.of("readiness", "READY", "plan", "Go.",
				"pathways", List.of("WHO_PQ")));

		assertThat(api.get("acme.user", "/api/cases/" + caseId + "/timeline").getBody().path("items")
			.findValuesAsText("type")).contains("TASK_ASSIGNED");
	}

	@Test
	void supervisorClaimsTriageAndTheDetailDescribesTheForm() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase("sakura.user", "IVD", "COMPENDIUM"));
		String triage = api.taskId("supervisor.sato", caseId, "triage");

		JsonNode detail = api.get("supervisor.sato", "/api/tasks/" + triage).getBody();
		assertThat(detail.path("key").asText()).isEqualTo("triage");
		assertThat(detail.path("candidateGroups").get(0).asText()).isEqualTo("supervisors");
		JsonNode decision = detail.path("fields").get(0);
		assertThat(decision.path("name").asText()).isEqualTo("decision");
		assertThat(decision.path("type").asText()).isEqualTo("enum");
		assertThat(decision.path("required").asBoolean()).isTrue();
		assertThat(decision.path("options").toString()).contains("ACCEPT", "REQUEST_INFO", "REJECT");
		assertThat(detail.path("fields").get(1).path("requiredWhen").path("field").asText()).isEqualTo("decision");

		assertThat(api.post("supervisor.sato", "/api/tasks/" + triage + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.get("supervisor.sato", "/api/tasks/" + triage).getBody().path("assignee").asText())
			.isEqualTo("supervisor.sato");
		assertThat(api.post("advisor.tanaka", "/api/tasks/" + triage + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.get("supervisor.sato", "/api/tasks?key=triage&sort=due&size=100").getBody().path("items")
			.findValuesAsText("id")).contains(triage);
	}

}
