package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.FullJourney;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Cases driven task by task through the REST API only, by the users whose work it is. */
@DeskIntegrationTest
class CaseJourneyIT {

	@Autowired
	TestRestTemplate http;

	Api api;

	FullJourney journey;

	@BeforeEach
	void setUp() {
		api = new Api(http);
		journey = new FullJourney(api);
	}

	@Test
	void allThreePathwaysEndInACompletedCaseWithTheirOutcomes() {
		journey.allThreePathways();
	}

	@Test
	void requestForInformationGoesBackToTriageThenAccepted() {
		UUID caseId = Api.id(api.openCase(ACME, "MEDICAL_DEVICE", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "REQUEST_INFO", "note", "Which markets?"));
		assertStatus(caseId, "INFORMATION_REQUESTED");

		api.complete(ACME_SECOND, caseId, "provide-information", Map.of("response", "East Africa, via UNICEF."));
		assertStatus(caseId, "TRIAGE");

		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of("UN_PROCUREMENT")));
		assertStatus(caseId, "CONSULTATION");
		assertThat(api.taskId(ADVISOR, caseId, "initial-consultation")).isNotBlank();
	}

	@Test
	void rejectedInquiryClosesAsNotEligible() {
		UUID caseId = Api.id(api.openCase(ACME, "MEDICINE", "COMPENDIUM"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "REJECT", "note", "Outside the desk's mandate."));

		JsonNode closed = api.caseOf(ACME, caseId);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
		assertThat(api.openTasks(SUPERVISOR, caseId)).isEmpty();
	}

	@Test
	void withdrawalMidWayEndsAllWorkAndCannotBeRepeated() {
		UUID caseId = Api.id(api.openCase(ACME, "VACCINE", "WHO_PQ"));
		accept(caseId, "WHO_PQ");
		api.complete(ADVISOR, caseId, "pq-eligibility", Map.of("stream", "VACCINE", "route", "FULL", "eligible", true));
		assertThat(api.openTasks(ACME, caseId)).extracting(task -> task.path("key").asText()).containsExactly("prepare-dossier");

		assertThat(api.post(ACME, "/api/cases/" + caseId + "/withdraw", Map.of("reason", "Product discontinued"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode closed = api.caseOf(ACME, caseId);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("outcome").asText()).isEqualTo("WITHDRAWN");
		assertThat(api.openTasks(SUPERVISOR, caseId)).isEmpty();
		assertThat(timelineTypes(caseId)).contains("CASE_WITHDRAWN");
		assertThat(api.post(SUPERVISOR, "/api/cases/" + caseId + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void bidDeadlinePassingBeforeSubmissionEndsTheTenderAsDeadlineMissed() throws InterruptedException {
		UUID caseId = Api.id(api.openCase(ACME, "MEDICAL_DEVICE", "UN_PROCUREMENT"));
		accept(caseId, "UN_PROCUREMENT");
		api.complete(ACME, caseId, "ungm-registration", Map.of("ungmVendorId", "UNGM-1", "ungmLevel", "BASIC"));
		api.complete(ADVISOR, caseId, "verify-registration", Map.of("result", "VERIFIED"));
		api.complete(ADVISOR, caseId, "identify-tender", tender(OffsetDateTime.now().plusSeconds(15)));
		api.complete(SUPERVISOR, caseId, "go-no-go", Map.of("decision", "GO"));
		assertThat(api.taskId(ACME, caseId, "prepare-bid")).isNotBlank();

		JsonNode afterDeadline = awaitCase(caseId, Duration.ofSeconds(60),
				found -> "DEADLINE_MISSED".equals(found.path("pathwayOutcomes").path("UN_PROCUREMENT").asText()));

		assertThat(afterDeadline.path("status").asText()).isEqualTo("CLOSING");
		assertThat(api.openTasks(ACME, caseId)).isEmpty();
		assertThat(api.taskId(ADVISOR, caseId, "close-case")).isNotBlank();
	}

	private void accept(UUID caseId, String... pathways) {
		journey.accept(caseId, pathways);
	}

	private static Map<String, Object> tender(OffsetDateTime deadline) {
		return FullJourney.tender(deadline);
	}

	private void assertStatus(UUID caseId, String status) {
		journey.assertStatus(caseId, status);
	}

	private List<JsonNode> timeline(UUID caseId) {
		return journey.timeline(caseId);
	}

	private List<String> timelineTypes(UUID caseId) {
		return timeline(caseId).stream().map(entry -> entry.path("type").asText()).toList();
	}

	private JsonNode awaitCase(UUID caseId, Duration timeout, Predicate<JsonNode> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		JsonNode current = api.caseOf(ACME, caseId);
		while (!condition.test(current) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			current = api.caseOf(ACME, caseId);
		}
		assertThat(condition.test(current)).as("case became " + current).isTrue();
		return current;
	}

}
