package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Malformed input gets a 400 naming the bad fields, never a 500, and changes nothing. */
@DeskIntegrationTest
class BadInputIT {

	@Autowired
	TestRestTemplate http;

	static Map<String, Object> validInquiry() {
		Map<String, Object> inquiry = new HashMap<>();
		inquiry.put("productName", "Insecticide-treated net");
		inquiry.put("productCategory", "VECTOR_CONTROL");
		inquiry.put("pathways", List.of("WHO_PQ"));
		inquiry.put("targetAgencies", List.of("GLOBAL_FUND"));
		inquiry.put("summary", "Long-lasting nets for malaria programmes.");
		return inquiry;
	}

	static Map<String, Object> inquiryWith(String field, Object value) {
		Map<String, Object> inquiry = validInquiry();
		if (value == null) {
			inquiry.remove(field);
		}
		else {
			inquiry.put(field, value);
		}
		return inquiry;
	}

	static List<Arguments> badInquiries() {
		return List.of(Arguments.of("productName", inquiryWith("productName", null)),
				Arguments.of("productName", inquiryWith("productName", "  ")),
				Arguments.of("productName", inquiryWith("productName", "x".repeat(201))),
				Arguments.of("productName", inquiryWith("productName", Map.of("a", 1))),
				Arguments.of("productCategory", inquiryWith("productCategory", "FOOD")),
				Arguments.of("productCategory", inquiryWith("productCategory", null)),
				Arguments.of("pathways", inquiryWith("pathways", List.of())),
				Arguments.of("pathways", inquiryWith("pathways", "WHO_PQ")),
				Arguments.of("pathways", inquiryWith("pathways", List.of("MOON_LANDING"))),
				Arguments.of("targetAgencies", inquiryWith("targetAgencies", List.of("NASA"))),
				Arguments.of("summary", inquiryWith("summary", "x".repeat(4001))),
				Arguments.of("summary", inquiryWith("summary", null)),
				Arguments.of("colour", inquiryWith("colour", "blue")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("badInquiries")
	void badInquiryIsRefusedNamingTheField(String field, Map<String, Object> inquiry) {
		Api api = new Api(http);
		long before = total(api);

		ResponseEntity<JsonNode> response = api.post(SAKURA, "/api/cases", inquiry);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().path("errors").has(field)).as(response.getBody().toString()).isTrue();
		assertThat(total(api)).isEqualTo(before);
	}

	@Test
	void notJsonAtAllIsA400() {
		Api api = new Api(http);
		ResponseEntity<JsonNode> response = api.post(SAKURA, "/api/cases", "{\"productName\": ");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("errors").has("body")).isTrue();
	}

	static List<Arguments> badTriages() {
		return List.of(Arguments.of("decision", Map.of()),
				Arguments.of("decision", Map.of("decision", "MAYBE")),
				Arguments.of("decision", Map.of("decision", 42)),
				Arguments.of("advisor", Map.of("decision", "ACCEPT", "pathways", List.of("WHO_PQ"))),
				Arguments.of("advisor", Map.of("decision", "ACCEPT", "advisor", SAKURA, "pathways",
						List.of("WHO_PQ"))),
				Arguments.of("pathways", Map.of("decision", "ACCEPT", "advisor", ADVISOR)),
				Arguments.of("pathways", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
						"WHO_PQ")),
				Arguments.of("pathways", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
						List.of("WHO_PQ", "FAST_TRACK"))),
				Arguments.of("note", Map.of("decision", "REJECT")),
				Arguments.of("note", Map.of("decision", "REQUEST_INFO", "note", "x".repeat(4001))),
				Arguments.of("priority", Map.of("decision", "REJECT", "note", "no", "priority", "HIGH")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("badTriages")
	void badTaskCompletionIsRefusedAndTheTaskStaysOpen(String field, Map<String, Object> values) {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(SAKURA, "IVD", "WHO_PQ"));
		String triage = api.taskId(SUPERVISOR, caseId, "triage");
		int timelineBefore = api.get(SAKURA, "/api/cases/" + caseId + "/timeline").getBody().path("total").asInt();

		ResponseEntity<JsonNode> response = api.post(SUPERVISOR, "/api/tasks/" + triage + "/complete", values);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("errors").has(field)).as(response.getBody().toString()).isTrue();
		assertThat(api.taskId(SUPERVISOR, caseId, "triage")).isEqualTo(triage);
		assertThat(api.caseOf(SAKURA, caseId).path("status").asText()).isEqualTo("TRIAGE");
		assertThat(api.get(SAKURA, "/api/cases/" + caseId + "/timeline").getBody().path("total").asInt())
			.isEqualTo(timelineBefore);
	}

	@Test
	void datesAreCheckedAgainstToday() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(SAKURA, "IVD", "COMPENDIUM"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", OTHER_ADVISOR,
				"pathways", List.of("COMPENDIUM")));
		api.complete(OTHER_ADVISOR, caseId, "initial-consultation", Map.of("readiness", "READY", "plan", "Apply.",
				"pathways", List.of("COMPENDIUM")));
		api.complete(SAKURA, caseId, "approve-plan", Map.of("accept", true));
		String eligibility = api.taskId(OTHER_ADVISOR, caseId, "compendium-eligibility");

		ResponseEntity<JsonNode> past = api.post(OTHER_ADVISOR, "/api/tasks/" + eligibility + "/complete",
				Map.of("inScope", true, "callDeadline", "2020-01-31"));
		ResponseEntity<JsonNode> garbage = api.post(OTHER_ADVISOR, "/api/tasks/" + eligibility + "/complete",
				Map.of("inScope", "perhaps", "callDeadline", "31/01/2027"));

		assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(past.getBody().path("errors").path("callDeadline").asText()).isEqualTo("must be in the future");
		assertThat(garbage.getBody().path("errors").path("inScope").asText()).isEqualTo("must be true or false");
		assertThat(garbage.getBody().path("errors").path("callDeadline").asText()).contains("YYYY-MM-DD");
	}

	@Test
	void badPagingAndFiltersAre400() {
		Api api = new Api(http);
		assertThat(api.get(SAKURA, "/api/cases?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.get(SAKURA, "/api/cases?page=-1").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.get(SAKURA, "/api/cases?status=OPEN").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.get(SAKURA, "/api/tasks?sort=priority").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.get(SAKURA, "/api/tasks?key=make-coffee").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.get(SAKURA, "/api/cases/not-a-uuid").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private static long total(Api api) {
		return api.get(SAKURA, "/api/cases?size=1").getBody().path("total").asLong();
	}

}
