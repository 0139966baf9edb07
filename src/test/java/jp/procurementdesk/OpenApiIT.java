package jp.procurementdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The API's description (/v3/api-docs): complete, true to the handlers (see also
 * DocumentedStatusesIT) and clean by Redocly's recommended rules (docs/api.md).
 */
@DeskIntegrationTest
class OpenApiIT {

	/** Pinned: a new release may bring new rules; raise it on purpose. */
	static final String REDOCLY_CLI = "@redocly/cli@2.77.0";

	static final Path SPEC = Path.of("target", "openapi.json");

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

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

	@Test
	void everyOperationHasASummaryAndItsErrorsAsProblemDetails() {
		JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);
		List<String> wrong = new ArrayList<>();
		docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey().toUpperCase() + " " + path.getKey();
			JsonNode responses = operation.getValue().path("responses");
			if (operation.getValue().path("summary").asText().isBlank()) {
				wrong.add(name + ": no summary");
			}
			if (!operation.getValue().path("operationId").asText().matches("[a-z][A-Za-z]+")) {
				wrong.add(name + ": no operationId of its own: " + operation.getValue().path("operationId"));
			}
			if (!responses.has("401") || !responses.has("503")) {
				wrong.add(name + ": no 401 or 503");
			}
			responses.properties().stream().filter(response -> response.getKey().compareTo("400") >= 0)
				.filter(response -> !response.getValue().path("content").path("application/problem+json").path("schema")
					.path("$ref").asText().equals("#/components/schemas/Problem"))
				.forEach(response -> wrong.add(name + " " + response.getKey() + ": not a problem detail"));
		}));
		assertThat(wrong).isEmpty();
		assertThat(docs.path("security").findValues("bearer")).isNotEmpty();
		assertThat(docs.at("/paths/~1api~1cases/post/responses/201/headers/Location").isMissingNode()).isFalse();
		assertThat(docs.at("/paths/~1api~1cases/get/parameters").findValues("maximum").toString()).contains("100");
	}

	@Test
	void theDescriptionPassesRedoclysRecommendedRules() throws IOException, InterruptedException {
		JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);
		Files.createDirectories(SPEC.getParent());
		json.writerWithDefaultPrettyPrinter().writeValue(SPEC.toFile(), docs);

		// npx keeps the package in npm's cache (~/.npm): downloaded on the first run only.
		ProcessBuilder lint = new ProcessBuilder("npx", "--yes", REDOCLY_CLI, "lint", "--extends=recommended",
				"--format=stylish", SPEC.toString()).redirectErrorStream(true);
		lint.environment().put("REDOCLY_TELEMETRY", "off");
		lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
		lint.environment().put("NO_UPDATE_NOTIFIER", "1");
		Path output = Path.of("target", "openapi-lint.txt");
		Process process = lint.redirectOutput(output.toFile()).start();
		boolean done = process.waitFor(5, TimeUnit.MINUTES);
		if (!done) {
			process.destroyForcibly();
		}
		String report = Files.readString(output, StandardCharsets.UTF_8);
		System.out.println(report);
		assertThat(done).as("redocly lint ended within 5 minutes").isTrue();
		assertThat(process.exitValue()).as("redocly lint --extends=recommended " + SPEC + ":%n%s", report).isZero();
	}

}
