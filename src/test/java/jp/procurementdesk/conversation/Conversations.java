package jp.procurementdesk.conversation;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Calls of the message endpoints for the tests. */
final class Conversations {

	private final Api api;

	Conversations(Api api) {
		this.api = api;
	}

	/** A case of the company accepted at triage with {@code advisor.tanaka} as its advisor. */
	UUID advisedCase(String company) {
		UUID caseId = Api.id(api.openCase(company, "IVD", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, caseId, "triage",
				Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways", List.of("UN_PROCUREMENT")));
		return caseId;
	}

	ResponseEntity<JsonNode> post(String user, UUID caseId, Map<String, ?> message) {
		return api.post(user, "/api/cases/" + caseId + "/messages", message);
	}

	/** Posts a message; asserts 201. */
	JsonNode posted(String user, UUID caseId, String body, boolean internal, List<UUID> documentIds) {
		ResponseEntity<JsonNode> response = post(user, caseId,
				Map.of("body", body, "internal", internal, "documentIds", documentIds));
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	JsonNode posted(String user, UUID caseId, String body) {
		return posted(user, caseId, body, false, List.of());
	}

	/** The messages the user sees; asserts 200. */
	List<JsonNode> messages(String user, UUID caseId) {
		ResponseEntity<JsonNode> response = api.get(user, "/api/cases/" + caseId + "/messages");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<JsonNode> items = new ArrayList<>();
		response.getBody().path("items").forEach(items::add);
		return items;
	}

	int unread(String user, UUID caseId) {
		return api.caseOf(user, caseId).path("unreadMessages").asInt(-1);
	}

	void read(String user, UUID caseId) {
		assertThat(api.post(user, "/api/cases/" + caseId + "/messages/read", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

}
