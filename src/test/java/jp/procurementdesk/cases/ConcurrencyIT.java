package jp.procurementdesk.cases;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Parallel requests: no duplicate references, exactly one winner per task, idempotent retries. */
@DeskIntegrationTest
class ConcurrencyIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void twentyParallelCaseCreationsGetTwentyDistinctReferences() throws Exception {
		Api api = new Api(http);
		List<ResponseEntity<JsonNode>> responses = inParallel(20,
				() -> api.post(SAKURA, "/api/cases", BadInputIT.validInquiry()));

		assertThat(responses).allSatisfy(response -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED));
		List<String> references = responses.stream().map(response -> response.getBody().path("reference").asText()).toList();
		assertThat(references).doesNotHaveDuplicates().allMatch(reference -> reference.matches("PD-\\d{4}-\\d{6}"));
		assertThat(responses).allSatisfy(response -> assertThat(
				api.taskId(SUPERVISOR, Api.id(response.getBody()), "triage")).isNotBlank());
	}

	@Test
	void tenParallelCompletionsOfOneTaskHaveExactlyOneWinner() throws Exception {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		String triage = api.taskId(SUPERVISOR, caseId, "triage");

		List<ResponseEntity<JsonNode>> responses = inParallel(10, () -> api.post(SUPERVISOR,
				"/api/tasks/" + triage + "/complete", Map.of("decision", "REQUEST_INFO", "note", "More, please.")));

		List<HttpStatusCode> statuses = responses.stream().map(ResponseEntity::getStatusCode).toList();
		assertThat(statuses).filteredOn(HttpStatus.NO_CONTENT::equals).hasSize(1);
		assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(9);
		assertThat(api.openTasks(ACME, caseId)).hasSize(1);
		List<JsonNode> completions = new ArrayList<>();
		api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().path("items").forEach(entry -> {
			if ("TASK_COMPLETED".equals(entry.path("type").asText())) {
				completions.add(entry);
			}
		});
		assertThat(completions).hasSize(1);
	}

	@Test
	void retryWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
		Api api = new Api(http);
		HttpHeaders headers = api.headers(ACME_SECOND);
		headers.set("Idempotency-Key", UUID.randomUUID().toString());
		long before = api.get(ACME_SECOND, "/api/cases?size=1").getBody().path("total").asLong();

		List<ResponseEntity<JsonNode>> responses = inParallel(4,
				() -> api.post(ACME_SECOND, "/api/cases", BadInputIT.validInquiry(), headers));
		ResponseEntity<JsonNode> retry = api.post(ACME_SECOND, "/api/cases", BadInputIT.validInquiry(), headers);

		assertThat(responses).allSatisfy(response -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED));
		assertThat(responses).extracting(response -> response.getBody().path("id").asText())
			.containsOnly(retry.getBody().path("id").asText());
		assertThat(api.get(ACME_SECOND, "/api/cases?size=1").getBody().path("total").asLong()).isEqualTo(before + 1);
	}

	private static <T> List<T> inParallel(int count, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
