package jp.procurementdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The REST API as a script would use it: real tokens of the demo users, JSON in and out. */
public final class Api {

	private final TestRestTemplate http;

	public Api(TestRestTemplate http) {
		this.http = http;
	}

	public ResponseEntity<JsonNode> get(String user, String path) {
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class);
	}

	public ResponseEntity<JsonNode> post(String user, String path, Object body) {
		return post(user, path, body, headers(user));
	}

	public ResponseEntity<JsonNode> post(String user, String path, Object body, HttpHeaders headers) {
		return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
	}

	public HttpHeaders headers(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(Tokens.cachedAccessToken(user));
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

	/** Opens a case as a company user and returns it. */
	public JsonNode openCase(String user, String category, String... pathways) {
		ResponseEntity<JsonNode> response = post(user, "/api/cases", Map.of("productName", "Rapid malaria test " + category,
				"productCategory", category, "pathways", List.of(pathways), "targetAgencies", List.of("UNICEF"),
				"summary", "We want to supply UN agencies."));
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	public JsonNode caseOf(String user, UUID caseId) {
		ResponseEntity<JsonNode> response = get(user, "/api/cases/" + caseId);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	public List<JsonNode> openTasks(String user, UUID caseId) {
		ResponseEntity<JsonNode> response = get(user, "/api/tasks?size=100&caseId=" + caseId);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<JsonNode> items = new ArrayList<>();
		response.getBody().path("items").forEach(items::add);
		return items;
	}

	/** The id of the open task with that key of the case, as the user sees it. */
	public String taskId(String user, UUID caseId, String key) {
		return openTasks(user, caseId).stream()
			.filter(task -> key.equals(task.path("key").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(user + " sees no open task " + key + " of case " + caseId + ": "
					+ openTasks("supervisor.sato", caseId)))
			.path("id")
			.asText();
	}

	/** Completes the case's open task with that key as the user; asserts 204. */
	public void complete(String user, UUID caseId, String key, Map<String, ?> values) {
		ResponseEntity<JsonNode> response = post(user, "/api/tasks/" + taskId(user, caseId, key) + "/complete", values);
		assertThat(response.getStatusCode()).as(key + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** Uploads a document to the case as the user (multipart {@code file} and {@code type}); the response as is. */
	public ResponseEntity<JsonNode> upload(String user, UUID caseId, String type, String fileName, byte[] content) {
		return http.exchange("/api/cases/" + caseId + "/documents", HttpMethod.POST,
				new HttpEntity<>(documentForm(type, fileName, content), multipartHeaders(user)), JsonNode.class);
	}

	/** Uploads a small PDF of that type; asserts 201 and returns the document. */
	public JsonNode uploadPdf(String user, UUID caseId, String type) {
		ResponseEntity<JsonNode> response = upload(user, caseId, type, type.toLowerCase() + ".pdf", pdf(type));
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	/** The bytes of a document as the user downloads them. */
	public ResponseEntity<byte[]> download(String user, UUID documentId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(Tokens.cachedAccessToken(user));
		return http.exchange("/api/documents/" + documentId + "/content", HttpMethod.GET, new HttpEntity<>(headers),
				byte[].class);
	}

	public static HttpHeaders multipartHeaders(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(Tokens.cachedAccessToken(user));
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return headers;
	}

	/** A multipart body with a file part named {@code file} and a {@code type} field. */
	public static MultiValueMap<String, Object> documentForm(String type, String fileName, byte[] content) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return fileName;
			}

		});
		form.add("type", type);
		return form;
	}

	/** A minimal but well-formed PDF whose text names {@code label}. */
	public static byte[] pdf(String label) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "% " + label + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	public static UUID id(JsonNode resource) {
		return UUID.fromString(resource.path("id").asText());
	}

}
