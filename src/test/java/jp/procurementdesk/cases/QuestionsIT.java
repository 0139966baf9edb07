package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.cases.CaseEvents.QuestionAnswered;
import jp.procurementdesk.process.SupportRated;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Quick questions (docs/contract.md, Case {@code kind}; triage {@code ANSWER}) and the
 * satisfaction survey after them, through the REST API.
 */
@DeskIntegrationTest
class QuestionsIT {

	static final String ANSWER = "Yes. Rapid diagnostic tests for malaria are prequalified by WHO; start with the "
			+ "product dossier checklist.";

	@Autowired
	TestRestTemplate http;

	@Autowired
	PublishedEvents events;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(http);
	}

	@Test
	void aQuestionNeedsNoPathwayButSupportDoes() {
		JsonNode question = open(ACME, "QUESTION", List.of());
		assertThat(question.path("kind").asText()).isEqualTo("QUESTION");
		assertThat(question.path("pathways").isEmpty()).isTrue();
		assertThat(question.path("status").asText()).isEqualTo("TRIAGE");

		ResponseEntity<JsonNode> support = post(ACME, "SUPPORT", List.of());
		assertThat(support.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(support.getBody().path("errors").path("pathways").asText()).isNotBlank();
		ResponseEntity<JsonNode> noKind = post(ACME, null, List.of());
		assertThat(noKind.getStatusCode()).as("no kind is support").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noKind.getBody().path("errors").has("pathways")).isTrue();
		assertThat(post(ACME, "ADVICE", List.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		JsonNode plain = api.openCase(ACME, "IVD", "WHO_PQ");
		assertThat(plain.path("kind").asText()).as("absent kind").isEqualTo("SUPPORT");
		assertThat(api.caseOf(SUPERVISOR, Api.id(question)).path("kind").asText()).isEqualTo("QUESTION");
		assertThat(api.get(SUPERVISOR, "/api/cases?q=" + question.path("reference").asText()).getBody().path("items")
			.path(0).path("kind").asText()).as("the list").isEqualTo("QUESTION");
	}

	@Test
	void theSupervisorAnswersAtTriageAndTheCaseClosesAnswered() {
		UUID caseId = Api.id(open(ACME, "QUESTION", List.of()));
		String triage = api.taskId(SUPERVISOR, caseId, "triage");

		ResponseEntity<JsonNode> noAnswer = api.post(SUPERVISOR, "/api/tasks/" + triage + "/complete",
				Map.of("decision", "ANSWER"));
		assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noAnswer.getBody().path("errors").path("note").asText()).isNotBlank();

		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ANSWER", "note", ANSWER));

		JsonNode answered = api.caseOf(ACME, caseId);
		assertThat(answered.path("status").asText()).isEqualTo("CLOSED");
		assertThat(answered.path("outcome").asText()).isEqualTo("ANSWERED");
		assertThat(answered.path("closedAt").isNull()).isFalse();
		assertThat(events.questionsAnswered(caseId)).containsExactly(new QuestionAnswered(caseId, ACME_COMPANY,
				ANSWER, SUPERVISOR));
		List<String> types = api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().path("items")
			.findValuesAsText("type");
		assertThat(types).contains("CASE_CLOSED", "MESSAGE_POSTED");
		JsonNode messages = api.get(ACME, "/api/cases/" + caseId + "/messages").getBody().path("items");
		assertThat(messages.findValuesAsText("body")).as("the answer, as a desk message the company reads").containsExactly(ANSWER);
		assertThat(messages.get(0).path("authorRole").asText()).isEqualTo("SUPERVISOR");
	}

	@Test
	void afterTheAnswerTheCompanyRatesTheSupportAndNothingElseIsOpen() {
		UUID caseId = Api.id(open(ACME, "QUESTION", List.of("WHO_PQ")));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ANSWER", "note", ANSWER));

		List<JsonNode> tasks = api.openTasks(ACME_SECOND, caseId);
		assertThat(tasks).extracting(task -> task.path("key").asText()).containsExactly("rate-support");
		assertThat(tasks.get(0).path("candidateGroups").path(0).asText()).isEqualTo("company:" + ACME_COMPANY);
		assertThat(api.openTasks(SAKURA, caseId)).as("another company").isEmpty();
		assertThat(api.openTasks(ADVISOR, caseId)).isEmpty();
		String survey = tasks.get(0).path("id").asText();
		assertThat(api.post(SUPERVISOR, "/api/tasks/" + survey + "/complete", Map.of("rating", 5, "helpful", "YES"))
			.getStatusCode()).as("the company rates, not the desk").isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> outOfScale = api.post(ACME_SECOND, "/api/tasks/" + survey + "/complete",
				Map.of("rating", 6, "helpful", "SOMEWHAT"));
		assertThat(outOfScale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(outOfScale.getBody().path("errors").has("rating")).isTrue();
		assertThat(outOfScale.getBody().path("errors").has("helpful")).isTrue();

		api.complete(ACME_SECOND, caseId, "rate-support", Map.of("rating", 4, "helpful", "PARTLY", "comment",
				"Quick, but we need more detail."));

		assertThat(api.openTasks(ACME, caseId)).isEmpty();
		assertThat(events.supportRated(caseId)).containsExactly(new SupportRated(caseId, ACME_COMPANY, 4,
				Helpful.PARTLY));
		assertThat(api.caseOf(ACME, caseId).path("outcome").asText()).as("the case stays answered")
			.isEqualTo("ANSWERED");
	}

	@Test
	void noSurveyAfterARejectionOrAWithdrawal() {
		UUID rejected = Api.id(open(ACME, "QUESTION", List.of()));
		api.complete(SUPERVISOR, rejected, "triage", Map.of("decision", "REJECT", "note", "Not a health product."));
		UUID withdrawn = Api.id(open(ACME, "QUESTION", List.of()));
		assertThat(api.post(ACME, "/api/cases/" + withdrawn + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(api.openTasks(SUPERVISOR, rejected)).isEmpty();
		assertThat(api.openTasks(SUPERVISOR, withdrawn)).isEmpty();
	}

	private JsonNode open(String user, String kind, List<String> pathways) {
		ResponseEntity<JsonNode> response = post(user, kind, pathways);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	private ResponseEntity<JsonNode> post(String user, String kind, List<String> pathways) {
		Map<String, Object> body = new HashMap<>(Map.of("productName", "Malaria rapid test", "productCategory", "IVD",
				"pathways", pathways, "summary", "Does WHO prequalify malaria rapid tests?"));
		if (kind != null) {
			body.put("kind", kind);
		}
		return api.post(user, "/api/cases", body);
	}

}
