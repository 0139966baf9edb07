package jp.procurementdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Eight clients of {@link DatabaseOutageIT}: a company user reading and opening cases, a
 * supervisor reading tasks; every request is kept as a {@link Call}.
 */
final class OutageClients {

	static final int CLIENTS = 8;

	enum Kind {

		OPEN_CASE, LIST_CASES, LIST_TASKS

	}

	/** One request: when it started and ended (System.nanoTime), what came back. */
	record Call(Kind kind, long start, long end, int status, String contentType, String retryAfter, String body) {

		Duration took() {
			return Duration.ofNanos(end - start);
		}

		String caseId() {
			return OutageChecks.json(body).path("id").asText();
		}

		@Override
		public String toString() {
			return kind + " " + status + " in " + took().toMillis() + " ms: "
					+ (body.length() > 300 ? body.substring(0, 300) : body);
		}

	}

	private final HttpClient http;

	private final String base;

	private final String company;

	private final String supervisor;

	private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);

	OutageClients(HttpClient http, String base, String company, String supervisor) {
		this.http = http;
		this.base = base;
		this.company = company;
		this.supervisor = supervisor;
	}

	void start() {
		for (int i = 0; i < CLIENTS; i++) {
			Random random = new Random(i);
			threads.submit(() -> {
				while (running.get()) {
					int pick = random.nextInt(10);
					calls.add(call(pick < 4 ? Kind.OPEN_CASE : pick < 7 ? Kind.LIST_CASES : Kind.LIST_TASKS));
					pause(50);
				}
			});
		}
	}

	void stop() throws InterruptedException {
		running.set(false);
		threads.shutdown();
		assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
	}

	List<Call> calls() {
		return new ArrayList<>(calls);
	}

	Call call(Kind kind) {
		HttpRequest.Builder request = switch (kind) {
			case OPEN_CASE -> HttpRequest.newBuilder(URI.create(base + "/api/cases"))
				.header("Authorization", "Bearer " + company)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"productName":"Outage test kit","productCategory":"IVD","pathways":["WHO_PQ"],
						 "targetAgencies":["UNICEF"],"summary":"Opened while the database may be away."}"""));
			case LIST_CASES -> HttpRequest.newBuilder(URI.create(base + "/api/cases?size=10"))
				.header("Authorization", "Bearer " + company);
			case LIST_TASKS -> HttpRequest.newBuilder(URI.create(base + "/api/tasks?size=10"))
				.header("Authorization", "Bearer " + supervisor);
		};
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Call(kind, start, System.nanoTime(), response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Retry-After").orElse(""), response.body());
		}
		catch (IOException ex) {
			return new Call(kind, start, System.nanoTime(), -1, "", "", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Call(kind, start, System.nanoTime(), -1, "", "", ex.toString());
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
