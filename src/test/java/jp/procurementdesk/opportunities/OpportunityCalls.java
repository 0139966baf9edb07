package jp.procurementdesk.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The opportunity API as the tests call it: write, publish, correct, read. */
public final class OpportunityCalls {

	private final TestRestTemplate http;

	private final Api api;

	public OpportunityCalls(TestRestTemplate http) {
		this.http = http;
		this.api = new Api(http);
	}

	/** A UN tender's fields: UNICEF, the given categories, deadline in 30 days; change what a test needs. */
	public static Map<String, Object> tender(String title, List<String> categories) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", "UN_TENDER");
		fields.put("title", title);
		fields.put("summary", "Long-term agreement.\nDelivery to Copenhagen.");
		fields.put("agency", "UNICEF");
		fields.put("productCategories", categories);
		fields.put("unspscCodes", List.of());
		fields.put("noticeId", "LRFP-2026-" + Math.abs(title.hashCode() % 1000000));
		fields.put("url", "https://www.ungm.org/Public/Notice/123456");
		fields.put("deadline", inDays(30).toString());
		return fields;
	}

	public static OffsetDateTime inDays(long days) {
		return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
	}

	public ResponseEntity<JsonNode> create(String user, Map<String, Object> fields) {
		return api.post(user, "/api/opportunities", fields);
	}

	/** Creates a draft (checked to be answered 201) and returns it. */
	public JsonNode draft(String user, Map<String, Object> fields) {
		ResponseEntity<JsonNode> created = create(user, fields);
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	public ResponseEntity<JsonNode> publish(String user, UUID id) {
		return api.post(user, "/api/opportunities/" + id + "/publish", null);
	}

	/** Creates and publishes (both checked) and returns the published one. */
	public JsonNode published(String user, Map<String, Object> fields) {
		UUID id = Api.id(draft(user, fields));
		ResponseEntity<JsonNode> published = publish(user, id);
		assertThat(published.getStatusCode()).as(String.valueOf(published.getBody())).isEqualTo(HttpStatus.OK);
		return published.getBody();
	}

	public ResponseEntity<JsonNode> get(String user, UUID id) {
		return api.get(user, "/api/opportunities/" + id);
	}

	public ResponseEntity<JsonNode> list(String user, String query) {
		return api.get(user, "/api/opportunities?" + query);
	}

	public ResponseEntity<JsonNode> correct(String user, UUID id, Map<String, Object> fields, String ifMatch) {
		HttpHeaders headers = api.headers(user);
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		return http.exchange("/api/opportunities/" + id, HttpMethod.PUT, new HttpEntity<>(fields, headers),
				JsonNode.class);
	}

	public ResponseEntity<JsonNode> history(String user, UUID id) {
		return api.get(user, "/api/opportunities/" + id + "/history");
	}

}
