package jp.procurementdesk.reliability;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Two users write the same thing at the same moment (threads released together by a
 * barrier), many rounds: the result is always one that could have happened one after the
 * other, the timeline records exactly what took effect and in that order, nothing is lost,
 * and nobody gets a server error.
 */
@DeskIntegrationTest
class ConflictingWritesIT {

	private static final int ROUNDS = 20;

	@Autowired
	TestRestTemplate http;

	@Autowired
	HistoryService history;

	@Test
	void aTaskCompletionRacingAWithdrawalEndsInALegalState() throws Exception {
		Api api = new Api(http);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int round = 0; round < ROUNDS; round++) {
			UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
			String triage = api.taskId(SUPERVISOR, caseId, "triage");

			List<ResponseEntity<JsonNode>> answers = together(
					() -> api.post(SUPERVISOR, "/api/tasks/" + triage + "/complete",
							Map.of("decision", "REQUEST_INFO", "note", "Which markets?")),
					() -> api.post(ACME, "/api/cases/" + caseId + "/withdraw", Map.of("reason", "Changed plans")));
			int completion = answers.get(0).getStatusCode().value();
			int withdrawal = answers.get(1).getStatusCode().value();
			String round_ = "round " + round + ": completion " + completion + " " + answers.get(0).getBody()
					+ ", withdrawal " + withdrawal + " " + answers.get(1).getBody();

			assertThat(withdrawal).as(round_).isEqualTo(204);
			assertThat(completion).as(round_).isIn(204, 404, 409);
			JsonNode closed = api.caseOf(ACME, caseId);
			assertThat(closed.path("status").asText()).as(round_).isEqualTo("CLOSED");
			assertThat(closed.path("outcome").asText()).as(round_).isEqualTo("WITHDRAWN");
			assertThat(api.openTasks(SUPERVISOR, caseId)).as(round_ + ": no work left open").isEmpty();
			HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(triage).singleResult();
			List<String> types = types(api, caseId);
			int withdrawn = types.indexOf("CASE_WITHDRAWN");
			assertThat(types).as(round_ + " " + types).containsOnlyOnce("CASE_WITHDRAWN");
			assertThat(types.subList(withdrawn + 1, types.size())).as(round_ + ": nothing after the withdrawal " + types)
				.isEmpty();
			if (completion == 204) {
				outcomes.merge("completed-then-withdrawn", 1, Integer::sum);
				assertThat(task.getDeleteReason()).as(round_).isEqualTo("completed");
				assertThat(types.indexOf("TASK_COMPLETED")).as(round_ + " " + types).isBetween(0, withdrawn);
				assertThat(types).as(round_).contains("STATUS_CHANGED");
			}
			else {
				outcomes.merge("withdrawn", 1, Integer::sum);
				assertThat(task.getDeleteReason()).as(round_).isNotEqualTo("completed");
				assertThat(types).as(round_ + ": the refused completion left no trace").doesNotContain("TASK_COMPLETED")
					.doesNotContain("STATUS_CHANGED");
			}
		}
		figure("race complete-vs-withdraw: %d rounds, outcomes %s, 0 lost, 0 5xx".formatted(ROUNDS, outcomes));
	}

	@Test
	void twoReassignmentsAtOnceLeaveATruthfulTimeline() throws Exception {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, caseId, "triage",
				Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways", List.of("UN_PROCUREMENT")));
		String task = api.taskId(SUPERVISOR, caseId, "initial-consultation");
		Map<String, Integer> outcomes = new TreeMap<>();
		int applied = 0;
		for (int round = 0; round < ROUNDS; round++) {
			List<ResponseEntity<JsonNode>> answers = together(
					() -> api.post(SUPERVISOR, "/api/tasks/" + task + "/assign", Map.of("assignee", OTHER_ADVISOR)),
					() -> api.post(SUPERVISOR, "/api/tasks/" + task + "/assign", Map.of("assignee", ADVISOR)));
			List<Integer> statuses = answers.stream().map(answer -> answer.getStatusCode().value()).toList();
			String round_ = "round " + round + ": " + statuses + " " + answers.stream().map(ResponseEntity::getBody).toList();
			assertThat(statuses).as(round_).allMatch(status -> status == 204 || status == 409).contains(204);
			applied += (int) statuses.stream().filter(status -> status == 204).count();
			outcomes.merge(statuses.contains(409) ? "one-won" : "both-applied", 1, Integer::sum);

			List<JsonNode> assignments = records(api, caseId, "TASK_ASSIGNED");
			assertThat(assignments).as(round_ + ": one record per assignment that took effect").hasSize(applied);
			String previous = ADVISOR;
			for (JsonNode assignment : assignments) {
				assertThat(assignment.path("details").path("from").asText()).as(round_ + ": each record starts where the last ended "
						+ assignments).isEqualTo(previous);
				previous = assignment.path("details").path("to").asText();
			}
			assertThat(api.get(SUPERVISOR, "/api/tasks/" + task).getBody().path("assignee").asText())
				.as(round_ + ": the assignee is the last recorded").isEqualTo(previous);
		}
		figure("race reassign-vs-reassign: %d rounds, outcomes %s, %d reassignments recorded, 0 lost, 0 5xx"
			.formatted(ROUNDS, outcomes, applied));
	}

	@Test
	void twoUploadsOfTheSameDocumentAtOnceBecomeTwoVersions() throws Exception {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		int stored = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String label = "round " + round;
			List<ResponseEntity<JsonNode>> answers = together(
					() -> api.upload(ACME, caseId, "PRODUCT_DOSSIER", "dossier.pdf", Api.pdf(label + " company")),
					() -> api.upload(SUPERVISOR, caseId, "PRODUCT_DOSSIER", "dossier.pdf", Api.pdf(label + " desk")));
			List<Integer> statuses = answers.stream().map(answer -> answer.getStatusCode().value()).toList();
			assertThat(statuses).as(label + " " + answers).allMatch(status -> status == 201 || status == 409).contains(201);
			stored += (int) statuses.stream().filter(status -> status == 201).count();
		}
		JsonNode documents = api.get(ACME, "/api/cases/" + caseId + "/documents?size=100").getBody();
		List<Integer> versions = new ArrayList<>();
		documents.path("items").forEach(document -> versions.add(document.path("version").asInt()));
		assertThat(documents.path("total").asInt()).as("none lost").isEqualTo(stored);
		assertThat(versions).as("versions 1..n, each once").doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, stored).boxed().toList());
		List<JsonNode> added = records(api, caseId, "DOCUMENT_ADDED");
		assertThat(added).as("one timeline record per stored version").hasSize(stored);
		for (JsonNode document : documents.path("items")) {
			ResponseEntity<byte[]> content = api.download(ACME, Api.id(document));
			assertThat(content.getStatusCode().value()).isEqualTo(200);
			assertThat(sha256(content.getBody())).as("each version keeps its own bytes")
				.isEqualTo(document.path("sha256").asText());
		}
		figure("race upload-vs-upload: %d rounds, %d versions stored (1..%d, unique), 0 lost, 0 5xx"
			.formatted(ROUNDS, stored, stored));
	}

	@Test
	void anUploadRacingAWithdrawalIsEitherBeforeTheCloseOrRefused() throws Exception {
		Api api = new Api(http);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int round = 0; round < ROUNDS; round++) {
			UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
			List<ResponseEntity<JsonNode>> answers = together(
					() -> api.upload(ACME, caseId, "OTHER", "late.pdf", Api.pdf("late")),
					() -> api.post(SUPERVISOR, "/api/cases/" + caseId + "/withdraw", Map.of("reason", "Cancelled")));
			int upload = answers.get(0).getStatusCode().value();
			int withdrawal = answers.get(1).getStatusCode().value();
			String round_ = "round " + round + ": upload " + upload + " " + answers.get(0).getBody() + ", withdrawal "
					+ withdrawal + " " + answers.get(1).getBody();
			assertThat(withdrawal).as(round_).isEqualTo(204);
			assertThat(upload).as(round_).isIn(201, 409);
			List<String> types = types(api, caseId);
			int documents = api.get(ACME, "/api/cases/" + caseId + "/documents").getBody().path("total").asInt();
			if (upload == 201) {
				outcomes.merge("uploaded-then-withdrawn", 1, Integer::sum);
				assertThat(documents).as(round_).isEqualTo(1);
				assertThat(types.indexOf("DOCUMENT_ADDED")).as(round_ + ": added while the case was open " + types)
					.isBetween(0, types.indexOf("CASE_WITHDRAWN"));
			}
			else {
				outcomes.merge("withdrawn", 1, Integer::sum);
				assertThat(documents).as(round_).isZero();
				assertThat(types).as(round_).doesNotContain("DOCUMENT_ADDED");
			}
		}
		figure("race upload-vs-withdraw: %d rounds, outcomes %s, 0 documents on closed cases, 0 5xx"
			.formatted(ROUNDS, outcomes));
	}

	/** Runs the calls on their own threads, released at the same instant; their answers in order. */
	@SafeVarargs
	private static <T> List<T> together(Callable<T>... calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.length);
		try {
			CyclicBarrier start = new CyclicBarrier(calls.length);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<String> types(Api api, UUID caseId) {
		List<String> types = new ArrayList<>();
		api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().path("items")
			.forEach(record -> types.add(record.path("type").asText()));
		return types;
	}

	private static List<JsonNode> records(Api api, UUID caseId, String type) {
		List<JsonNode> records = new ArrayList<>();
		api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().path("items").forEach(record -> {
			if (type.equals(record.path("type").asText())) {
				records.add(record);
			}
		});
		return records;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static void figure(String line) throws IOException {
		System.out.println(line);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/race-report.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

}
