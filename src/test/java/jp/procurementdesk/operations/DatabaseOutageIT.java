package jp.procurementdesk.operations;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.DeskProcess;
import jp.procurementdesk.support.RestartablePostgres;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL really goes away for 20 s while eight clients read and open cases, then comes
 * back on the same port with the same data. The application (packaged, in its own JVM, on a
 * PostgreSQL of its own: the other tests' database is not touched) must answer 503 problem
 * details quickly (never 500, never hang), report DOWN, recover by itself, and lose or
 * half-write nothing: every case acknowledged with 201 exists with its process, no case lacks
 * one, and the job executor, which lost its database too, fires every triage timer afterwards.
 */
class DatabaseOutageIT {

	/** The application's Hikari connection-timeout: the longest wait for a connection. */
	private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

	/** Beyond it, for the work itself on a busy two-core machine. */
	private static final Duration MARGIN = Duration.ofSeconds(4);

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

	private static final int CLIENTS = 8;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
		Map<String, Object> properties = DeskProcess.withTestKeycloak();
		properties.put("spring.datasource.hikari.connection-timeout", CONNECTION_TIMEOUT.toMillis());
		// Every case's triage timer falls due 10 s after it opens: many during the outage.
		properties.put("desk.sla.triage", "PT10S");
		properties.put("camunda.bpm.job-execution.wait-time-in-millis", 500);
		properties.put("camunda.bpm.job-execution.max-wait", 1000);
		// A job whose transaction the outage cut is taken up again after this.
		properties.put("camunda.bpm.job-execution.lock-time-in-millis", 10000);
		try (RestartablePostgres postgres = RestartablePostgres.start(Path.of("target/db-outage-postgres"))) {
			properties.putAll(postgres.applicationProperties());
			try (DeskProcess desk = DeskProcess.start("db-outage", properties); Browser browser = new Browser()) {
				desk.await("/actuator/health/readiness", Duration.ofMinutes(4));
				run(desk, postgres, browser);
			}
		}
	}

	private void run(DeskProcess desk, RestartablePostgres postgres, Browser browser) throws Exception {
		Clients clients = new Clients(desk.url(), Tokens.accessToken(ACME), Tokens.accessToken(SUPERVISOR));
		assertThat(clients.call(Kind.OPEN_CASE).status()).isEqualTo(201);
		Page page = browser.newPage("en-GB");
		page.navigate(desk.url() + "/");
		Browser.signIn(page, ACME);
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByTestId("greeting")).isVisible();

		HealthWatch health = new HealthWatch(desk.url());
		health.start();
		clients.start();
		Thread.sleep(5_000);

		long down = System.nanoTime();
		postgres.stop();
		Thread.sleep(OUTAGE.toMillis() / 2);
		Response english = page.navigate(desk.url() + "/cases");
		String englishTitle = page.getByTestId("error-title").innerText();
		Browser.screenshot(page, "db-outage-503-en");
		Response japanese = page.navigate(desk.url() + "/cases?lang=ja");
		String japaneseTitle = page.getByTestId("error-title").innerText();
		Browser.screenshot(page, "db-outage-503-ja");
		Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000));
		postgres.restart();
		long back = System.nanoTime();
		Thread.sleep(15_000);
		clients.stop();
		health.stop();

		List<Call> calls = clients.calls();
		List<Call> unavailable = calls.stream().filter(call -> call.status() == 503).toList();
		List<Call> failed = calls.stream().filter(call -> call.status() >= 500 && call.status() != 503).toList();
		List<Call> noAnswer = calls.stream().filter(call -> call.status() < 0).toList();
		assertThat(failed).as("5xx other than 503 (500 included)").isEmpty();
		assertThat(noAnswer).as("requests without an answer").isEmpty();
		assertThat(unavailable).as("the outage was noticed").isNotEmpty();
		assertThat(unavailable).allSatisfy(DatabaseOutageIT::isProblemDetail);
		Duration slowest = calls.stream().map(Call::took).max(Duration::compareTo).orElseThrow();
		assertThat(slowest).as("slowest request").isLessThanOrEqualTo(CONNECTION_TIMEOUT.plus(MARGIN));
		assertThat(calls.stream().filter(call -> call.start() > back + RECOVERY_LIMIT.toNanos()))
			.as("after the recovery").isNotEmpty().allSatisfy(call -> assertThat(call.status()).as(call.toString()).isLessThan(300));

		// A probe started less than a connection timeout before the restart may already see it back.
		long lastProbe = back - CONNECTION_TIMEOUT.plusSeconds(1).toNanos();
		assertThat(health.statusesBetween(down + Duration.ofSeconds(1).toNanos(), lastProbe)).as("health during the outage")
			.isNotEmpty()
			.allSatisfy(status -> assertThat(status).isEqualTo(503));
		long recovered = calls.stream()
			.filter(call -> call.start() >= back && call.status() < 300)
			.mapToLong(Call::end)
			.min()
			.orElseThrow();
		Duration recovery = Duration.ofNanos(recovered - back);
		assertThat(recovery).as("first success after PostgreSQL is back").isLessThanOrEqualTo(RECOVERY_LIMIT);

		assertThat(english.status()).isEqualTo(503);
		assertThat(englishTitle).isEqualTo("Temporarily unavailable");
		assertThat(japanese.status()).isEqualTo(503);
		assertThat(japaneseTitle).isEqualTo("一時的にご利用いただけません");

		Set<String> acknowledged = new HashSet<>();
		calls.stream().filter(call -> call.kind() == Kind.OPEN_CASE && call.status() == 201)
			.forEach(call -> acknowledged.add(call.caseId()));
		int triageTimers = assertNothingHalfWritten(postgres, acknowledged);

		List<Long> unavailableMillis = unavailable.stream().map(call -> call.took().toMillis()).sorted().toList();
		String figures = "db outage: %d requests, %d 5xx other than 503, 503 answered in p95 %d ms (max %d ms), recovered in %.1f s; %d cases acknowledged, all with their process; %d triage timers fired, those due during the outage after it"
			.formatted(calls.size(), failed.size(), percentile(unavailableMillis, 95),
					unavailableMillis.get(unavailableMillis.size() - 1), recovery.toMillis() / 1000.0, acknowledged.size(),
					triageTimers);
		System.out.println(figures);
		Files.writeString(Path.of("target/db-outage.txt"), figures + System.lineSeparator());
	}

	/** 503 with Retry-After and an RFC 9457 body, no stack trace or SQL in it. */
	private static void isProblemDetail(Call call) {
		assertThat(call.contentType()).as(call.toString()).startsWith("application/problem+json");
		assertThat(call.retryAfter()).as(call.toString()).isNotBlank();
		JsonNode body = json(call.body());
		assertThat(body.path("type").asText()).as(call.toString()).isNotBlank();
		assertThat(body.path("title").asText()).as(call.toString()).isNotBlank();
		assertThat(body.path("status").asInt()).as(call.toString()).isEqualTo(503);
		assertThat(body.path("detail").asText()).as(call.toString()).isNotBlank();
		assertThat(call.body()).as(call.toString())
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContainIgnoringCase("select ");
	}

	/**
	 * Every acknowledged case exists with its process, every case has one and every process
	 * its case (one transaction: all or nothing); and the job executor survived: every case's
	 * triage timer fires, also those that fell due while the database was away.
	 */
	private static int assertNothingHalfWritten(RestartablePostgres postgres, Set<String> acknowledged)
			throws SQLException, InterruptedException {
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres")) {
			Set<String> cases = ids(db, "select id from desk.support_case");
			Set<String> processes = ids(db, "select business_key_ from act_hi_procinst where proc_def_key_ = 'support-case'");
			assertThat(cases).as("cases acknowledged with 201").containsAll(acknowledged);
			assertThat(processes).as("cases with their process").containsExactlyInAnyOrderElementsOf(cases);
			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			Set<String> withoutBreach = cases;
			while (!withoutBreach.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(1_000);
				withoutBreach = ids(db, """
						select c.id from desk.support_case c where not exists (select 1 from desk.case_sla_breach b
						where b.case_id = c.id and b.kind = 'TRIAGE_OVERDUE')""");
			}
			assertThat(withoutBreach).as("cases whose triage timer never fired").isEmpty();
			return cases.size();
		}
	}

	private static Set<String> ids(Connection db, String sql) throws SQLException {
		Set<String> ids = new HashSet<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
	}

	private static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new AssertionError("Not JSON: " + body, ex);
		}
	}

	enum Kind {

		OPEN_CASE, LIST_CASES, LIST_TASKS

	}

	/** One request: when it started and ended (System.nanoTime), what came back. */
	record Call(Kind kind, long start, long end, int status, String contentType, String retryAfter, String body) {

		Duration took() {
			return Duration.ofNanos(end - start);
		}

		String caseId() {
			return json(body).path("id").asText();
		}

		@Override
		public String toString() {
			return kind + " " + status + " in " + took().toMillis() + " ms: "
					+ (body.length() > 300 ? body.substring(0, 300) : body);
		}

	}

	/** Eight clients: a company user reading and opening cases, a supervisor reading tasks. */
	private final class Clients {

		private final String base;

		private final String company;

		private final String supervisor;

		private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);

		Clients(String base, String company, String supervisor) {
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

	}

	/** Polls /actuator/health (anonymous: the status only) twice a second. */
	private final class HealthWatch {

		private final String base;

		private final ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread thread;

		HealthWatch(String base) {
			this.base = base;
			this.thread = new Thread(this::poll, "health-watch");
		}

		void start() {
			thread.start();
		}

		void stop() throws InterruptedException {
			running.set(false);
			thread.join(30_000);
		}

		/** Statuses of the probes that started in the interval. */
		List<Integer> statusesBetween(long from, long to) {
			return answers.stream().filter(answer -> answer[0] >= from && answer[0] <= to)
				.map(answer -> (int) answer[1])
				.toList();
		}

		private void poll() {
			HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
				.timeout(Duration.ofSeconds(30))
				.build();
			while (running.get()) {
				long start = System.nanoTime();
				int status;
				try {
					status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
				}
				catch (IOException ex) {
					status = -1;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				answers.add(new long[] { start, status });
				pause(500);
			}
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

}
