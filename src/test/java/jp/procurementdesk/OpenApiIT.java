package jp.procurementdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@DeskIntegrationTest
class OpenApiIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void theApiIsDescribedAtV3ApiDocs() {
		ResponseEntity<JsonNode> docs = http.getForEntity("/v3/api-docs", JsonNode.class);

		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody().path("paths").fieldNames()).toIterable()
			.contains("/api/me", "/api/cases", "/api/cases/{id}", "/api/cases/{id}/timeline", "/api/cases/{id}/withdraw",
					"/api/tasks", "/api/tasks/{id}", "/api/tasks/{id}/claim", "/api/tasks/{id}/assign",
					"/api/tasks/{id}/complete");
		assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()
				|| http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is3xxRedirection()).isTrue();
	}

}
