package jp.procurementdesk.operations;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jp.procurementdesk.support.AlternatingNodes;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskLoad;
import jp.procurementdesk.support.DeskProcess;
import jp.procurementdesk.support.FullJourney;
import jp.procurementdesk.support.RestartablePostgres;
import jp.procurementdesk.support.SqlRows;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * Two nodes of the packaged application on one PostgreSQL and one Keycloak, as Camunda 7
 * clusters: the full case journey with requests alternating between the nodes; a browser
 * session opened on node A continuing on node B; triage timers fired exactly once across
 * the cluster, by both nodes' job executors; one node stopped under load without losing
 * acknowledged work.
 */
class TwoNodesIT {

	private static final Duration TRIAGE_SLA = Duration.ofSeconds(15);

	private static final int TIMER_CASES = 20;

	private static final Duration TIMER_SPACING = Duration.ofMillis(500);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void twoNodesShareSessionsTimersAndWork() throws Exception {
		Map<String, Object> properties = DeskProcess.withTestKeycloak();
		properties.put("desk.sla.triage", TRIAGE_SLA.toString());
		properties.put("camunda.bpm.job-execution.wait-time-in-millis", 500);
		properties.put("camunda.bpm.job-execution.max-wait", 1000);
		try (RestartablePostgres postgres = RestartablePostgres.start(Path.of("target/two-nodes-postgres"))) {
			properties.putAll(postgres.applicationProperties());
			SqlRows db = new SqlRows(postgres.jdbcUrl());
			try (DeskProcess a = DeskProcess.start("node-a", properties)) {
				a.await("/actuator/health/readiness", Duration.ofMinutes(4));
				try (DeskProcess b = DeskProcess.start("node-b", properties)) {
					b.await("/actuator/health/readiness", Duration.ofMinutes(4));
					List<String> figures = new ArrayList<>();
					figures.add(sessionMovesAcrossNodes(a, b));
					figures.add(journeyAlternatingNodes(a, b));
					figures.add(timersFireOnceAcrossTheCluster(a, b, db));
					figures.add(oneNodeStopsUnderLoad(a, b, db));
					String line = "two nodes: " + String.join("; ", figures);
					System.out.println(line);
					Files.writeString(Path.of("target/two-nodes.txt"), line + System.lineSeparator());
				}
			}
		}
	}

	/** Signed in through node A, the same browser opens a page on node B without signing in again. */
	private String sessionMovesAcrossNodes(DeskProcess a, DeskProcess b) throws Exception {
		try (Browser browser = new Browser()) {
			Page page = browser.newPage("en-GB");
			page.navigate(a.url() + "/");
			Browser.signIn(page, ACME);
			PlaywrightAssertions.assertThat(page.getByTestId("greeting")).isVisible();
			String session = page.context().cookies(a.url()).stream()
				.filter(cookie -> cookie.name.equals("JSESSIONID"))
				.map(cookie -> cookie.value)
				.findFirst()
				.orElseThrow();

			// Node B knows the session: its page answers at once, no detour through Keycloak.
			HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/cases"))
				.header("Cookie", "JSESSIONID=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(direct.statusCode()).as("node B's answer to node A's session").isEqualTo(200);
			assertThat(direct.body()).contains("Emily");

			List<String> visited = new ArrayList<>();
			page.onRequest(request -> visited.add(request.url()));
			page.navigate(b.url() + "/");
			PlaywrightAssertions.assertThat(page.getByTestId("greeting"))
				.containsText("Emily");
			assertThat(page.url()).startsWith(b.url());
			assertThat(visited).as("requests while moving to node B")
				.noneMatch(url -> url.startsWith(DeskInfrastructure.forTests().keycloak().url()));
			Browser.screenshot(page, "two-nodes-session-on-b");
			return "a session opened on node A continued on node B without signing in";
		}
	}

	/** The longest journey, every request to the other node than the one before. */
	private String journeyAlternatingNodes(DeskProcess a, DeskProcess b) {
		AlternatingNodes nodes = new AlternatingNodes(a.url(), b.url());
		Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().uriTemplateHandler(nodes)));
		UUID caseId = new FullJourney(api).allThreePathways();
		assertThat(caseId).isNotNull();
		Map<String, Integer> requests = nodes.requests();
		assertThat(requests.values()).allSatisfy(count -> assertThat(count).isGreaterThan(20));
		return "the three-pathway journey passed with %d requests to node A and %d to node B"
			.formatted(requests.get(a.url()), requests.get(b.url()));
	}

	/** Cases left in triage: each overdue timer fires once in the cluster, the nodes share them. */
	private String timersFireOnceAcrossTheCluster(DeskProcess a, DeskProcess b, SqlRows db) throws Exception {
		double beforeA = breachesCounted(a);
		double beforeB = breachesCounted(b);
		AlternatingNodes nodes = new AlternatingNodes(a.url(), b.url());
		Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().uriTemplateHandler(nodes)));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < TIMER_CASES; i++) {
			ids.add(Api.id(api.openCase(SAKURA, "IVD", "WHO_PQ")).toString());
			// Due times spread over several acquisition cycles of both nodes, as cases arrive at a
			// desk: twenty timers due in the same second can all go to whichever node polls first.
			Thread.sleep(TIMER_SPACING.toMillis());
		}
		String inList = "('" + String.join("','", ids) + "')";
		String unfired = "select id from desk.support_case c where id in " + inList + " and not exists (select 1 from"
				+ " desk.case_sla_breach b where b.case_id = c.id and b.kind = 'TRIAGE_OVERDUE')";
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!db.column(unfired).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(1_000);
		}
		assertThat(db.column(unfired)).as("cases whose triage timer never fired").isEmpty();
		// Time for a second firing, were there one.
		Thread.sleep(10_000);
		assertThat(db.column("select case_id from desk.case_sla_breach where kind = 'TRIAGE_OVERDUE' and case_id in "
				+ inList + " group by case_id having count(*) <> 1")).as("timers fired more than once").isEmpty();
		List<String> escalations = db.column("select count(*) from desk.notification where kind = 'SLA_BREACHED'"
				+ " and recipient = '" + SUPERVISOR + "' and case_id in " + inList + " group by case_id");
		assertThat(escalations).as("escalations to the supervisor, per case").hasSize(TIMER_CASES).containsOnly("1");
		double firedA = breachesCounted(a) - beforeA;
		double firedB = breachesCounted(b) - beforeB;
		assertThat(firedA + firedB).as("breaches counted by the two nodes").isEqualTo(TIMER_CASES);
		assertThat(firedA).as("timers fired by node A").isPositive();
		assertThat(firedB).as("timers fired by node B").isPositive();
		return "%d triage timers, 1 escalation per case (node A fired %d, node B %d)".formatted(TIMER_CASES,
				(int) firedA, (int) firedB);
	}

	/** Node B gets SIGTERM while eight clients work on both nodes; node A carries on. */
	private String oneNodeStopsUnderLoad(DeskProcess a, DeskProcess b, SqlRows db) throws Exception {
		DeskLoad load = new DeskLoad(List.of(a.url(), b.url()), 8).start();
		Thread.sleep(8_000);
		int exit = b.terminate(Duration.ofSeconds(90));
		Thread.sleep(6_000);
		load.stop();

		assertThat(exit).as("node B's exit code after SIGTERM").isIn(0, 143);
		assertThat(load.serverErrors()).as("5xx under load").isEmpty();
		Set<String> acknowledged = load.acknowledgedCases();
		Set<String> cases = db.set("select id from desk.support_case");
		assertThat(cases).as("acknowledged cases").containsAll(acknowledged);
		assertThat(db.set("select business_key_ from act_hi_procinst where proc_def_key_ = 'support-case'"))
			.containsExactlyInAnyOrderElementsOf(cases);
		assertThat(db.set("select id from desk.support_case where status = 'CONSULTATION'"))
			.as("triages acknowledged").containsAll(load.acknowledgedTriages());
		assertThat(db.set("select task_id from desk.open_task"))
			.containsExactlyInAnyOrderElementsOf(db.set("select id_ from act_ru_task"));
		long afterStop = load.calls().stream().filter(call -> call.node().equals(a.url()) && call.status() == 201)
			.count();
		assertThat(afterStop).isPositive();
		HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/api/me"))
			.header("Authorization", "Bearer " + Tokens.accessToken(ACME))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).as("node A after node B stopped").isEqualTo(200);
		long cut = load.calls().stream().filter(call -> call.status() < 0).count();
		return "node B stopped under load: %d cases acknowledged, 0 lost, %d triages acknowledged, %d requests refused by the stopped node"
			.formatted(acknowledged.size(), load.acknowledgedTriages().size(), cut);
	}

	/** The node's own count of SLA breaches (desk.sla.breaches, triage), from /actuator/prometheus. */
	private double breachesCounted(DeskProcess node) throws Exception {
		HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/actuator/prometheus"))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(SUPERVISOR))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(scrape.statusCode()).isEqualTo(200);
		return scrape.body().lines()
			.filter(line -> line.startsWith("desk_sla_breaches_total{") && line.contains("kind=\"TRIAGE_OVERDUE\""))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
