package jp.procurementdesk.support;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Clients at work on one or more nodes of the desk: company users open cases, supervisors
 * accept the triage of cases in the pool. Every request goes to the next node in turn. Each
 * answer is recorded, so a fault test can tell what was acknowledged (201, 204) from what
 * was not (no answer, 5xx) and check the database against it.
 */
public final class DeskLoad implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> COMPANY_USERS = List.of(ACME, ACME_SECOND, SAKURA);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(3))
		.build();

	private final List<String> nodes;

	private final int clients;

	private final AtomicInteger turn = new AtomicInteger();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

	private final ExecutorService threads;

	public DeskLoad(List<String> nodes, int clients) {
		this.nodes = List.copyOf(nodes);
		this.clients = clients;
		this.threads = Executors.newFixedThreadPool(clients);
	}

	/** One client in four triages, the others open cases. */
	public DeskLoad start() {
		for (int i = 0; i < clients; i++) {
			int client = i;
			Random random = new Random(client);
			threads.submit(() -> {
				while (running.get()) {
					if (client % 4 == 3) {
						acceptATriage(random);
					}
					else {
						openCase(COMPANY_USERS.get(client % COMPANY_USERS.size()));
					}
				}
			});
		}
		return this;
	}

	/** Stops the clients after the requests they are sending. */
	public void stop() throws InterruptedException {
		running.set(false);
		threads.shutdown();
		if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("clients still busy after 60 s");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (running.get()) {
			stop();
		}
	}

	public List<Call> calls() {
		return new ArrayList<>(calls);
	}

	/** Cases whose opening was answered 201. */
	public Set<String> acknowledgedCases() {
		return calls.stream().filter(call -> call.kind() == Kind.OPEN_CASE && call.status() == 201)
			.map(Call::caseId)
			.collect(Collectors.toSet());
	}

	/** Cases whose triage (accept) was answered 204. */
	public Set<String> acknowledgedTriages() {
		return calls.stream().filter(call -> call.kind() == Kind.ACCEPT_TRIAGE && call.status() == 204)
			.map(Call::caseId)
			.collect(Collectors.toSet());
	}

	/** Answers in the 5xx range other than 503 (which says: try again). */
	public List<Call> serverErrors() {
		return calls.stream().filter(call -> call.status() >= 500 && call.status() != 503).toList();
	}

	private String node() {
		return nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
	}

	private void openCase(String user) {
		String node = node();
		HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/api/cases"))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(user))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"productName":"Load test kit","productCategory":"IVD","pathways":["WHO_PQ"],
					 "targetAgencies":["UNICEF"],"summary":"Opened while a node may fail."}"""))
			.build();
		Call call = send(Kind.OPEN_CASE, node, request, null);
		calls.add(call.status() == 201 ? call.withCase(json(call.body()).path("id").asText()) : call);
	}

	private void acceptATriage(Random random) {
		String node = node();
		HttpRequest list = HttpRequest.newBuilder(URI.create(node + "/api/tasks?key=triage&sort=created&size=5"))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(SUPERVISOR))
			.timeout(Duration.ofSeconds(30))
			.build();
		Call listed = send(Kind.LIST_TASKS, node, list, null);
		calls.add(listed);
		if (listed.status() != 200) {
			pause(200);
			return;
		}
		JsonNode items = json(listed.body()).path("items");
		if (items.isEmpty()) {
			pause(200);
			return;
		}
		JsonNode task = items.get(random.nextInt(items.size()));
		String completeNode = node();
		HttpRequest complete = HttpRequest
			.newBuilder(URI.create(completeNode + "/api/tasks/" + task.path("id").asText() + "/complete"))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(SUPERVISOR))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"decision":"ACCEPT","advisor":"%s","pathways":["WHO_PQ"]}""".formatted(ADVISOR)))
			.build();
		calls.add(send(Kind.ACCEPT_TRIAGE, completeNode, complete, task.path("caseId").asText()));
	}

	private Call send(Kind kind, String node, HttpRequest request, String caseId) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Call(kind, node, start, System.nanoTime(), response.statusCode(), response.body(), caseId);
		}
		catch (IOException ex) {
			// No answer (the node died or is gone): not acknowledged.
			pause(100);
			return new Call(kind, node, start, System.nanoTime(), -1, ex.toString(), caseId);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Call(kind, node, start, System.nanoTime(), -1, ex.toString(), caseId);
		}
	}

	private static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not JSON: " + body, ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public enum Kind {

		OPEN_CASE, LIST_TASKS, ACCEPT_TRIAGE

	}

	/** One request: to which node, when (System.nanoTime), what came back, for which case. */
	public record Call(Kind kind, String node, long start, long end, int status, String body, String caseId) {

		Call withCase(String id) {
			return new Call(kind, node, start, end, status, body, id);
		}

		@Override
		public String toString() {
			return kind + " on " + node + ": " + status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
		}

	}

}
