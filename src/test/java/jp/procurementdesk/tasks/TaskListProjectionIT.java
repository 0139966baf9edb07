package jp.procurementdesk.tasks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.FullJourney;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task list reads desk.open_task: after every step of a case, what each user's list shows
 * follows the engine, and the table holds exactly the engine's open tasks of the case.
 */
@DeskIntegrationTest
class TaskListProjectionIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskService engineTasks;

	@Test
	void theListFollowsACaseFromOpeningToWithdrawal() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IMMUNIZATION_DEVICE", "WHO_PQ"));
		JsonNode triage = onlyTask(api, SUPERVISOR, caseId);
		assertThat(triage.path("key").asText()).isEqualTo("triage");
		assertThat(triage.path("assignee").isNull()).isTrue();
		assertThat(triage.path("candidateGroups").toString()).isEqualTo("[\"supervisors\"]");
		assertThat(triage.path("caseReference").asText()).startsWith("PD-");
		assertThat(triage.path("companyName").asText()).isEqualTo("Acme Medical Devices");
		assertThat(triage.path("due").isNull()).isFalse();
		assertThat(triage.path("actionable").asBoolean()).isTrue();
		assertThat(triage.path("fields").findValuesAsText("name")).contains("decision", "advisor");
		assertThat(api.openTasks(ACME, caseId)).isEmpty();
		assertThat(api.openTasks(ADVISOR, caseId)).isEmpty();
		assertProjectionIsTheEngine(caseId);

		String triageId = triage.path("id").asText();
		assertThat(api.post(SUPERVISOR, "/api/tasks/" + triageId + "/claim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(onlyTask(api, SUPERVISOR, caseId).path("assignee").asText()).isEqualTo(SUPERVISOR);
		assertProjectionIsTheEngine(caseId);

		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR,
				"pathways", List.of("WHO_PQ")));
		JsonNode consultation = onlyTask(api, SUPERVISOR, caseId);
		String consultationId = consultation.path("id").asText();
		assertThat(consultation.path("key").asText()).isEqualTo("initial-consultation");
		assertThat(consultation.path("assignee").asText()).isEqualTo(ADVISOR);
		assertThat(consultation.path("actionable").asBoolean()).isFalse();
		assertThat(ids(api, ADVISOR, "assignment=me&caseId=" + caseId)).containsExactly(consultationId);
		assertThat(ids(api, OTHER_ADVISOR, "caseId=" + caseId)).isEmpty();
		assertProjectionIsTheEngine(caseId);

		assertThat(api.post(SUPERVISOR, "/api/tasks/" + consultationId + "/assign",
				Map.of("assignee", OTHER_ADVISOR)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(ids(api, OTHER_ADVISOR, "assignment=me&caseId=" + caseId)).containsExactly(consultationId);
		assertThat(ids(api, ADVISOR, "caseId=" + caseId)).isEmpty();
		assertProjectionIsTheEngine(caseId);

		// Changes made on the engine directly (Camunda Tasklist, REST API) reach the list too.
		engineTasks.setAssignee(consultationId, null);
		assertThat(ids(api, ADVISOR, "assignment=pool&caseId=" + caseId)).containsExactly(consultationId);
		assertThat(ids(api, OTHER_ADVISOR, "assignment=me&caseId=" + caseId)).isEmpty();
		engineTasks.addCandidateGroup(consultationId, "company:" + ACME_COMPANY);
		assertThat(ids(api, ACME, "caseId=" + caseId)).containsExactly(consultationId);
		assertProjectionIsTheEngine(caseId);
		engineTasks.deleteCandidateGroup(consultationId, "company:" + ACME_COMPANY);
		assertThat(ids(api, ACME, "caseId=" + caseId)).isEmpty();
		engineTasks.setAssignee(consultationId, OTHER_ADVISOR);
		assertThat(ids(api, ADVISOR, "caseId=" + caseId)).isEmpty();
		assertProjectionIsTheEngine(caseId);

		api.complete(OTHER_ADVISOR, caseId, "initial-consultation", Map.of("readiness", "READY", "plan", "Go.",
				"pathways", List.of("WHO_PQ")));
		JsonNode approval = onlyTask(api, ACME, caseId);
		assertThat(approval.path("key").asText()).isEqualTo("approve-plan");
		assertThat(approval.path("candidateGroups").toString()).isEqualTo("[\"company:" + ACME_COMPANY + "\"]");
		assertThat(ids(api, ACME_SECOND, "caseId=" + caseId)).containsExactly(approval.path("id").asText());
		assertThat(ids(api, SAKURA, "caseId=" + caseId)).isEmpty();
		assertThat(ids(api, OTHER_ADVISOR, "caseId=" + caseId)).isEmpty();
		assertProjectionIsTheEngine(caseId);

		assertThat(api.post(ACME, "/api/cases/" + caseId + "/withdraw", Map.of("reason", "Changed plans."))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.get(SUPERVISOR, "/api/tasks?caseId=" + caseId).getBody().path("total").asLong())
			.isZero();
		assertThat(api.openTasks(ACME, caseId)).isEmpty();
		assertProjectionIsTheEngine(caseId);
	}

	/** V5 copies the engine's open tasks into the new table on installs that already have some. */
	@Test
	void theMigrationFillsTheTableFromTheEngine() throws IOException {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(SAKURA, "IVD", "WHO_PQ", "UN_PROCUREMENT"));
		new FullJourney(api).accept(SAKURA, caseId, "WHO_PQ", "UN_PROCUREMENT");
		assertThat(api.openTasks(SUPERVISOR, caseId)).extracting(task -> task.path("key").asText())
			.containsExactlyInAnyOrder("pq-eligibility", "ungm-registration");
		jdbc.sql("delete from desk.open_task where case_id = :caseId").param("caseId", caseId).update();

		String migration = new ClassPathResource("db/migration/V5__open_tasks.sql").getContentAsString(UTF_8);
		jdbc.sql(migration.substring(migration.indexOf("do $$"))).update();

		assertProjectionIsTheEngine(caseId);
		assertThat(onlyTask(api, SAKURA, caseId).path("caseReference").asText()).startsWith("PD-");
	}

	private static JsonNode onlyTask(Api api, String user, UUID caseId) {
		List<JsonNode> tasks = api.openTasks(user, caseId);
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static List<String> ids(Api api, String user, String query) {
		JsonNode page = api.get(user, "/api/tasks?size=100&" + query).getBody();
		assertThat(page.path("total").asLong()).isEqualTo(page.path("items").size());
		return page.path("items").findValuesAsText("id");
	}

	/** The case's rows in desk.open_task are the engine's open tasks of the case, field by field. */
	private void assertProjectionIsTheEngine(UUID caseId) {
		List<String> engine = engineTasks.createTaskQuery()
			.processInstanceBusinessKey(caseId.toString())
			.list()
			.stream()
			.map(task -> String.join("|", task.getId(), task.getTaskDefinitionKey(), task.getName(),
					String.valueOf(task.getAssignee()), groups(task.getId()).toString(), instant(task.getCreateTime()),
					instant(task.getDueDate())))
			.sorted()
			.toList();
		List<String> projection = jdbc.sql("""
				select task_id, task_key, name, assignee, candidate_groups, created_at, due_at
				from desk.open_task where case_id = :caseId""")
			.param("caseId", caseId)
			.query((row, number) -> String.join("|", row.getString("task_id"), row.getString("task_key"),
					row.getString("name"), String.valueOf(row.getString("assignee")),
					Arrays.asList((String[]) row.getArray("candidate_groups").getArray()).toString(),
					instant(row.getTimestamp("created_at")), instant(row.getTimestamp("due_at"))))
			.list()
			.stream()
			.sorted()
			.toList();
		assertThat(projection).isEqualTo(engine);
	}

	private List<String> groups(String taskId) {
		return engineTasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.sorted()
			.toList();
	}

	private static String instant(Date date) {
		return date == null ? "null" : date.toInstant().toString();
	}

}
