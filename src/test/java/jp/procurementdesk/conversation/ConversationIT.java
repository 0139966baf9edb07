package jp.procurementdesk.conversation;

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
import jp.procurementdesk.cases.CaseEvents.QuestionAnswered;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The conversation of a case through the API, with real tokens: who reads and writes what. */
@DeskIntegrationTest
class ConversationIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theCompanyAndItsAdvisorTalkOldestFirstAndTheNotesStayInsideTheDesk() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);

		JsonNode question = talk.posted(ACME, caseId, "Which documents do you need first?");
		assertThat(question.path("author").asText()).isEqualTo(ACME);
		assertThat(question.path("authorName").asText()).isEqualTo("Emily Carter");
		assertThat(question.path("authorRole").asText()).isEqualTo("COMPANY");
		assertThat(question.path("internal").asBoolean()).isFalse();
		talk.posted(ADVISOR, caseId, "The dossier, please.");
		talk.posted(ADVISOR, caseId, "NOTE: their QMS certificate expires soon", true, List.of());

		assertThat(talk.messages(ADVISOR, caseId)).extracting(m -> m.path("body").asText())
			.containsExactly("Which documents do you need first?", "The dossier, please.",
					"NOTE: their QMS certificate expires soon");
		assertThat(talk.messages(SUPERVISOR, caseId)).hasSize(3);
		for (String company : List.of(ACME, ACME_SECOND)) {
			assertThat(talk.messages(company, caseId)).as(company)
				.extracting(m -> m.path("body").asText())
				.containsExactly("Which documents do you need first?", "The dossier, please.");
		}
		JsonNode timeline = api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody();
		assertThat(timeline.toString()).as("the company's timeline").doesNotContain("QMS certificate")
			.contains("The dossier, please.");
		assertThat(messageEntries(api, ACME, caseId)).as("the company does not see that there is a note").isEqualTo(2);
		assertThat(messageEntries(api, ADVISOR, caseId)).isEqualTo(3);
		JsonNode deskTimeline = api.get(ADVISOR, "/api/cases/" + caseId + "/timeline").getBody();
		assertThat(deskTimeline.toString()).as("no body for a note even in the desk's timeline").doesNotContain("QMS");
		JsonNode notifications = api.get(ACME, "/api/notifications?size=100").getBody();
		assertThat(notifications.toString()).doesNotContain("QMS");
	}

	private static long messageEntries(Api api, String user, UUID caseId) {
		long count = 0;
		for (JsonNode entry : api.get(user, "/api/cases/" + caseId + "/timeline").getBody().path("items")) {
			if ("MESSAGE_POSTED".equals(entry.path("type").asText())) {
				count++;
			}
		}
		return count;
	}

	@Test
	void unreadCountsArePerUserAndTheCompanyNeverCountsNotes() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);

		talk.posted(ACME, caseId, "First question");
		talk.posted(ACME, caseId, "Second question");
		assertThat(talk.unread(ACME, caseId)).as("one's own messages are read").isZero();
		assertThat(talk.unread(ACME_SECOND, caseId)).isEqualTo(2);
		assertThat(talk.unread(ADVISOR, caseId)).isEqualTo(2);
		assertThat(talk.unread(SUPERVISOR, caseId)).isEqualTo(2);

		talk.posted(ADVISOR, caseId, "A note for the desk", true, List.of());
		assertThat(talk.unread(ACME, caseId)).isZero();
		assertThat(talk.unread(ACME_SECOND, caseId)).isEqualTo(2);
		assertThat(talk.unread(SUPERVISOR, caseId)).isEqualTo(3);

		talk.read(ACME_SECOND, caseId);
		assertThat(talk.unread(ACME_SECOND, caseId)).isZero();
		assertThat(talk.unread(ADVISOR, caseId)).as("another user's reading changes nothing").isEqualTo(2);
		talk.posted(ADVISOR, caseId, "An answer");
		assertThat(talk.unread(ACME_SECOND, caseId)).isEqualTo(1);
		assertThat(talk.unread(ACME, caseId)).isEqualTo(1);

		JsonNode list = api.get(ACME_SECOND, "/api/cases?size=100").getBody();
		JsonNode row = null;
		for (JsonNode item : list.path("items")) {
			if (item.path("id").asText().equals(caseId.toString())) {
				row = item;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.path("unreadMessages").asInt()).isEqualTo(1);
	}

	@Test
	void whoMayNotWriteOrSeeIsRefused() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);
		talk.posted(ACME, caseId, "Hello");

		ResponseEntity<JsonNode> note = talk.post(ACME, caseId, Map.of("body", "I am the desk", "internal", true));
		assertThat(note.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(note.getBody().path("errors").has("internal")).isTrue();
		assertThat(talk.post(ACME, caseId, Map.of("body", "")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(talk.post(ACME, caseId, Map.of("body", "   ")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(talk.post(ACME, caseId, Map.of("body", "x".repeat(10_001))).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(talk.post(ACME, caseId, Map.of("body", "x".repeat(10_000))).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		for (String outsider : List.of(SAKURA, OTHER_ADVISOR)) {
			assertThat(api.get(outsider, "/api/cases/" + caseId + "/messages").getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(talk.post(outsider, caseId, Map.of("body", "Hi")).getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(api.post(outsider, "/api/cases/" + caseId + "/messages/read", null).getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void attachmentsAreDocumentsOfTheSameCase() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);
		UUID otherCase = Api.id(api.openCase(ACME, "VACCINE", "WHO_PQ"));
		UUID own = Api.id(api.uploadPdf(ACME, caseId, "OTHER"));
		UUID elsewhere = Api.id(api.uploadPdf(ACME, otherCase, "OTHER"));

		JsonNode posted = talk.posted(ACME, caseId, "Our dossier", false, List.of(own));
		assertThat(posted.path("documentIds").get(0).asText()).isEqualTo(own.toString());
		ResponseEntity<JsonNode> refused = talk.post(ACME, caseId,
				Map.of("body", "The other one", "documentIds", List.of(elsewhere)));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("errors").has("documentIds")).isTrue();
		assertThat(talk.post(ACME, caseId, Map.of("body", "Unknown", "documentIds", List.of(UUID.randomUUID())))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(talk.messages(ACME, caseId)).hasSize(1);
	}

	@Test
	void aClosedCaseTakesNoMessageButKeepsItsHistory() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);
		talk.posted(ACME, caseId, "Before we stop");
		assertThat(api.post(ACME, "/api/cases/" + caseId + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		for (String user : List.of(ACME, ADVISOR, SUPERVISOR)) {
			assertThat(talk.post(user, caseId, Map.of("body", "After")).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.CONFLICT);
		}
		assertThat(talk.messages(ADVISOR, caseId)).extracting(m -> m.path("body").asText()).containsExactly("Before we stop");
	}

	@Test
	void markupIsStoredAndReturnedVerbatim() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);
		String markup = "<script>alert('x')</script> <b>bold</b> &amp; <img src=x onerror=alert(1)>";
		talk.posted(ACME, caseId, markup);
		assertThat(talk.messages(ADVISOR, caseId).get(0).path("body").asText()).isEqualTo(markup);
	}

	@Test
	void theAnswerOfAQuestionIsADeskMessageTheCompanyReads() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		transactions.executeWithoutResult(status -> events.publishEvent(
				new QuestionAnswered(caseId, "acme-medical", "Yes: the ERPD accepts your CE certificate.", SUPERVISOR)));

		List<JsonNode> messages = talk.messages(ACME, caseId);
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).path("body").asText()).isEqualTo("Yes: the ERPD accepts your CE certificate.");
		assertThat(messages.get(0).path("author").asText()).isEqualTo(SUPERVISOR);
		assertThat(messages.get(0).path("authorRole").asText()).isEqualTo("SUPERVISOR");
		assertThat(messages.get(0).path("internal").asBoolean()).isFalse();
		assertThat(talk.unread(ACME, caseId)).isEqualTo(1);
	}

	@Test
	void aCompanyMessageWithoutAdvisorReachesTheSupervisorsAndADeskMessageTheCompany() {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		talk.posted(ACME, caseId, "Is anyone there?");
		assertThat(messageNotifications(api, SUPERVISOR, caseId)).isEqualTo(1);
		assertThat(messageNotifications(api, ADVISOR, caseId)).as("no advisor yet").isZero();
		assertThat(messageNotifications(api, ACME_SECOND, caseId)).as("the company's own side").isZero();

		talk.posted(SUPERVISOR, caseId, "Yes, we read you.");
		talk.posted(SUPERVISOR, caseId, "A note on this company", true, List.of());
		assertThat(messageNotifications(api, ACME, caseId)).isEqualTo(1);
		assertThat(messageNotifications(api, ACME_SECOND, caseId)).isEqualTo(1);
		assertThat(messageNotifications(api, SUPERVISOR, caseId)).as("not told of one's own messages").isEqualTo(1);
	}

	private static long messageNotifications(Api api, String user, UUID caseId) {
		long count = 0;
		for (JsonNode item : api.get(user, "/api/notifications?size=100").getBody().path("items")) {
			if (item.path("caseId").asText().equals(caseId.toString()) && "MESSAGE_POSTED".equals(item.path("kind").asText())) {
				count++;
			}
		}
		return count;
	}

}
