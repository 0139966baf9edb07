package jp.procurementdesk.companies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.procurementdesk.support.Api;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The company endpoints as a script calls them: the profile with its ETag, PUT and DELETE besides the Api's GET and POST. */
final class CompanyCalls {

	private final TestRestTemplate http;

	private final Api api;

	CompanyCalls(TestRestTemplate http) {
		this.http = http;
		this.api = new Api(http);
	}

	Api api() {
		return api;
	}

	ResponseEntity<JsonNode> profile(String user) {
		return api.get(user, "/api/company");
	}

	/** PUT /api/company with that If-Match (none when null). */
	ResponseEntity<JsonNode> changeProfile(String user, Object body, String ifMatch) {
		HttpHeaders headers = api.headers(user);
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		return http.exchange("/api/company", HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
	}

	ResponseEntity<JsonNode> put(String user, String path, Object body) {
		return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, api.headers(user)), JsonNode.class);
	}

	ResponseEntity<JsonNode> delete(String user, String path) {
		return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(api.headers(user)), JsonNode.class);
	}

	/** The editable fields of a profile as GET answered it: the body of a PUT that changes nothing. */
	static ObjectNode editable(JsonNode profile) {
		ObjectNode body = profile.deepCopy();
		body.remove("id");
		body.remove("status");
		body.remove("corporateNumber");
		return body;
	}

	/** Puts the company-admin's profile back as it was (the snapshot of a GET), whatever the test did. */
	void restore(String admin, JsonNode snapshot) {
		ResponseEntity<JsonNode> now = profile(admin);
		ResponseEntity<JsonNode> restored = changeProfile(admin, editable(snapshot), now.getHeaders().getETag());
		assertThat(restored.getStatusCode()).as(String.valueOf(restored.getBody())).isEqualTo(HttpStatus.OK);
	}

	/** The newest audit entry of the company with that action, as a supervisor reads it. */
	JsonNode lastAudit(String supervisor, String companyId, String action) {
		JsonNode audit = api.get(supervisor, "/api/companies/" + companyId).getBody().path("audit");
		for (int i = audit.size() - 1; i >= 0; i--) {
			if (audit.get(i).path("action").asText().equals(action)) {
				return audit.get(i);
			}
		}
		throw new AssertionError("No " + action + " in the audit trail of " + companyId + ": " + audit);
	}

}
