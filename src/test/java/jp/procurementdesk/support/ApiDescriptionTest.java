package jp.procurementdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ApiDescriptionTest {

	final ApiDescription docs;

	ApiDescriptionTest() throws Exception {
		docs = new ApiDescription(new ObjectMapper().readTree("""
				{"paths": {
				  "/api/notifications/{id}/read": {"post": {"responses": {"204": {}, "404": {}}}},
				  "/api/notifications/read-all": {"post": {"responses": {"204": {}}}},
				  "/api/tasks/{id}": {"get": {"responses": {"200": {}, "404": {}}}}
				}}"""));
	}

	@Test
	void concretePathsFallUnderTheirTemplateLiteralSegmentsFirst() {
		assertThat(docs.templateOf("/api/tasks/4711")).contains("/api/tasks/{id}");
		assertThat(docs.templateOf("/api/notifications/read-all")).contains("/api/notifications/read-all");
		assertThat(docs.templateOf("/api/notifications/abc/read")).contains("/api/notifications/{id}/read");
		assertThat(docs.templateOf("/api/tasks/4711/claim")).isEmpty();
	}

	@Test
	void onlyTheDocumentedStatusesOfTheOperationAreDocumented() {
		assertThat(docs.documents("GET", "/api/tasks/4711", 404)).isTrue();
		assertThat(docs.documents("GET", "/api/tasks/4711", 409)).isFalse();
		assertThat(docs.documents("POST", "/api/tasks/4711", 404)).as("no such operation").isFalse();
		assertThat(docs.documents("POST", "/api/notifications/read-all", 404)).isFalse();
		assertThat(docs.documents("GET", "/api/cases", 200)).as("no such path").isFalse();
	}

}
