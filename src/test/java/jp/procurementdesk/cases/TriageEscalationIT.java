package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * With the triage SLA set to seconds, the real job executor records the breach; triage stays open.
 * (The survey's expiry in seconds too: one context with {@link SurveyExpiryIT}.)
 */
@DeskIntegrationTest
@TestPropertySource(properties = { "desk.sla.triage=PT2S", SurveyExpiryIT.EXPIRY })
class TriageEscalationIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void untriagedCaseRecordsTriageOverdueAndStaysInTriage() throws InterruptedException {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(SAKURA, "VECTOR_CONTROL", "WHO_PQ"));

		JsonNode breached = api.caseOf(SUPERVISOR, caseId);
		long deadline = System.nanoTime() + 40_000_000_000L;
		while (breached.path("slaBreaches").isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(500);
			breached = api.caseOf(SUPERVISOR, caseId);
		}

		assertThat(breached.path("slaBreaches")).hasSize(1);
		assertThat(breached.path("slaBreaches").get(0).path("kind").asText()).isEqualTo("TRIAGE_OVERDUE");
		assertThat(breached.path("slaBreaches").get(0).path("taskKey").asText()).isEqualTo("triage");
		assertThat(breached.path("status").asText()).isEqualTo("TRIAGE");
		assertThat(api.taskId(SUPERVISOR, caseId, "triage")).isNotBlank();
		assertThat(api.get(SAKURA, "/api/cases/" + caseId + "/timeline").getBody().path("items")
			.findValuesAsText("type")).contains("SLA_BREACH");
	}

}
