package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code desk.survey.expiry} set to seconds, the real job executor ends an unanswered
 * satisfaction survey: the company's {@code rate-support} task disappears, no rating is recorded,
 * and the case stays closed as it was. (The triage SLA in seconds too: one context with
 * {@link TriageEscalationIT}.)
 */
@DeskIntegrationTest
@TestPropertySource(properties = { "desk.sla.triage=PT2S", SurveyExpiryIT.EXPIRY })
class SurveyExpiryIT {

	static final String EXPIRY = "desk.survey.expiry=PT4S";

	@Autowired
	TestRestTemplate http;

	@Autowired
	PublishedEvents events;

	@Test
	void anUnansweredSurveyEndsWithoutARating() throws InterruptedException {
		Api api = new Api(http);
		JsonNode question = api.post(ACME, "/api/cases", Map.of("kind", "QUESTION", "productName", "Malaria rapid test",
				"productCategory", "IVD", "pathways", List.of(), "summary", "Is a CE mark enough for UNICEF?")).getBody();
		UUID caseId = Api.id(question);
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ANSWER", "note", "No: UNICEF asks for WHO PQ."));
		String survey = api.taskId(ACME, caseId, "rate-support");

		long deadline = System.nanoTime() + 40_000_000_000L;
		while (!api.openTasks(ACME, caseId).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}

		assertThat(api.openTasks(ACME, caseId)).as("the survey expired").isEmpty();
		assertThat(api.post(ACME, "/api/tasks/" + survey + "/complete", Map.of("rating", 5, "helpful", "YES"))
			.getStatusCode()).as("too late to rate").isIn(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT);
		assertThat(events.supportRated(caseId)).isEmpty();
		JsonNode closed = api.caseOf(ACME, caseId);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("outcome").asText()).isEqualTo("ANSWERED");
	}

}
