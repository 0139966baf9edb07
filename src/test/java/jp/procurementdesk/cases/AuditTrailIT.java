package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who did what is recorded by the engine and in the timeline, which cannot be rewritten. */
@DeskIntegrationTest
class AuditTrailIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEngineRecordsWhoOpenedTheCaseAndWhoCompletedEachTask() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME_SECOND, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "REQUEST_INFO", "note", "Route?"));
		api.complete(ACME, caseId, "provide-information", Map.of("response", "Full route."));

		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
			.singleResult().getStartUserId()).isEqualTo(ACME_SECOND);
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseId.toString()).finished()
			.orderByHistoricActivityInstanceStartTime().asc().list())
			.extracting(HistoricTaskInstance::getTaskDefinitionKey, HistoricTaskInstance::getAssignee)
			.containsExactly(Tuple.tuple("triage", SUPERVISOR),
					Tuple.tuple("provide-information", ACME));
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveTimelineRecords() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));

		assertThatThrownBy(() -> jdbc.update("update desk.case_timeline set actor = 'mallory' where case_id = ?", caseId))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from desk.case_timeline where case_id = ?", caseId))
			.hasMessageContaining("append-only");
		assertThat(api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().path("items").get(0)
			.path("actor").asText()).isEqualTo(ACME);
	}

}
