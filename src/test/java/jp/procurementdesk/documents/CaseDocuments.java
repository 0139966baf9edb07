package jp.procurementdesk.documents;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.FullJourney;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A case's documents and timeline through the REST API, as the documents tests read them. */
final class CaseDocuments {

	private final Api api;

	CaseDocuments(Api api) {
		this.api = api;
	}

	/** Uploads the file as acme.user with the type {@code OTHER}; asserts 201 and returns the document. */
	JsonNode upload(String fileName, byte[] content, UUID caseId) {
		return upload(fileName, content, caseId, "OTHER");
	}

	/** Uploads the file as acme.user; asserts 201 and returns the document. */
	JsonNode upload(String fileName, byte[] content, UUID caseId, String type) {
		ResponseEntity<JsonNode> response = api.upload(ACME, caseId, type, fileName, content);
		assertThat(response.getStatusCode()).as(fileName + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	/** The case's documents as the user lists them; asserts 200. */
	List<JsonNode> documents(String user, UUID caseId) {
		ResponseEntity<JsonNode> response = api.get(user, "/api/cases/" + caseId + "/documents?size=100");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return StreamSupport.stream(response.getBody().path("items").spliterator(), false).toList();
	}

	/** The case's timeline as the supervisor reads it. */
	List<JsonNode> timeline(UUID caseId) {
		return new FullJourney(api).timeline(SUPERVISOR, caseId);
	}

}
