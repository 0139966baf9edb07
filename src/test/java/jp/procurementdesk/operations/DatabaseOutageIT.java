package jp.procurementdesk.operations;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jp.procurementdesk.operations.OutageClients.Call;
import jp.procurementdesk.operations.OutageClients.Kind;
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
		OutageClients clients = new OutageClients(http, desk.url(), Tokens.accessToken(ACME), Tokens.accessToken(SUPERVISOR));
		assertThat(clients.call(Kind.OPEN_CASE).status()).isEqualTo(201);
		Page page = browser.newPage("en-GB");
		page.navigate(desk.url() + "/");
		Browser.signIn(page, ACME);
		PlaywrightAssertions.assertThat(page.getByTestId("greeting")).isVisible();

		HealthWatch health = new HealthWatch(http, desk.url());
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
		assertThat(unavailable).allSatisfy(OutageChecks::isProblemDetail);
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
		int triageTimers = OutageChecks.assertNothingHalfWritten(postgres, acknowledged);

		List<Long> unavailableMillis = unavailable.stream().map(call -> call.took().toMillis()).sorted().toList();
		String figures = "db outage: %d requests, %d 5xx other than 503, 503 answered in p95 %d ms (max %d ms), recovered in %.1f s; %d cases acknowledged, all with their process; %d triage timers fired, those due during the outage after it"
			.formatted(calls.size(), failed.size(), OutageChecks.percentile(unavailableMillis, 95),
					unavailableMillis.get(unavailableMillis.size() - 1), recovery.toMillis() / 1000.0, acknowledged.size(),
					triageTimers);
		System.out.println(figures);
		Files.writeString(Path.of("target/db-outage.txt"), figures + System.lineSeparator());
	}

}
