package jp.procurementdesk;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.ApiDescription;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.RecordedCalls;
import jp.procurementdesk.support.RecordedCalls.Call;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The statuses the API really answers are the ones its description documents. This test runs
 * the security matrix (every endpoint against every kind of outsider and forged token), the
 * case journeys, the consultation records' and the opportunities' tests itself, in this JVM and this application
 * context, recording each call they make through the context's test client; then a few requests of the shapes they do not
 * send (bad paging, an unreadable content type, an unacceptable answer). Every (operation,
 * status) seen must be in /v3/api-docs. Independent of test order: it runs what it checks.
 */
@DeskIntegrationTest
class DocumentedStatusesIT {

	/** The tests whose calls are checked; a class renamed or split within these names is still found. */
	static final Map<String, String> OBSERVED = Map.of("jp.procurementdesk.security", ".*SecurityMatrix.*IT",
			"jp.procurementdesk.cases", ".*CaseJourney.*IT", "jp.procurementdesk.consultations", ".*Consultations.*IT",
			"jp.procurementdesk.opportunities", ".*Opportunit.*IT");

	@Autowired
	TestRestTemplate http;

	@Test
	void everyStatusTheMatrixAndTheJourneysObserveIsDocumented() throws IOException {
		ApiDescription docs = new ApiDescription(http.getForObject("/v3/api-docs", JsonNode.class));
		List<Call> calls;
		try (RecordedCalls recorded = RecordedCalls.on(http)) {
			TestExecutionSummary summary = runObservedTests();
			StringWriter failures = new StringWriter();
			summary.printFailuresTo(new PrintWriter(failures), 20);
			assertThat(summary.getTotalFailureCount()).as("the observed tests themselves:%n%s", failures).isZero();
			assertThat(summary.getTestsSucceededCount()).as("observed tests found").isGreaterThanOrEqualTo(2);
			unusualRequests(new Api(http));
			calls = recorded.apiCalls();
		}

		Map<String, Set<Integer>> observed = new TreeMap<>();
		Set<String> undocumented = new TreeSet<>();
		for (Call call : calls) {
			String operation = call.method() + " " + docs.templateOf(call.path()).orElse(call.path() + " (not described)");
			observed.computeIfAbsent(operation, key -> new TreeSet<>()).add(call.status());
			if (!docs.documents(call.method(), call.path(), call.status())) {
				undocumented.add(operation + " -> " + call.status() + " (e.g. " + call.path() + ")");
			}
		}
		StringBuilder report = new StringBuilder("Statuses observed per operation (" + calls.size() + " calls):\n");
		observed.forEach((operation, statuses) -> report.append(operation).append(' ').append(statuses).append('\n'));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "documented-statuses.txt"), report);
		System.out.print(report);

		assertThat(calls).as("calls recorded").hasSizeGreaterThan(100);
		assertThat(observed.values().stream().flatMap(Set::stream)).as("statuses observed")
			.contains(200, 201, 204, 400, 401, 403, 404, 406, 409, 415);
		assertThat(undocumented).as("observed but not in /v3/api-docs").isEmpty();
	}

	private static TestExecutionSummary runObservedTests() {
		LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
		OBSERVED.forEach((pkg, pattern) -> request.selectors(selectPackage(pkg)));
		LauncherDiscoveryRequest discovery = request
			.filters(includeClassNamePatterns(OBSERVED.values().toArray(String[]::new)))
			.build();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create().execute(discovery, listener);
		return listener.getSummary();
	}

	/** Shapes of request the observed tests do not send, each answered as documented. */
	private static void unusualRequests(Api api) {
		String supervisor = SUPERVISOR;
		assertThat(api.get(supervisor, "/api/cases?size=0").getStatusCode().value()).isEqualTo(400);
		assertThat(api.get(supervisor, "/api/cases?size=101").getStatusCode().value()).isEqualTo(400);
		assertThat(api.get(supervisor, "/api/cases/not-a-uuid").getStatusCode().value()).isEqualTo(400);
		assertThat(api.get(supervisor, "/api/tasks?sort=name").getStatusCode().value()).isEqualTo(400);
		assertThat(api.get(supervisor, "/api/dashboard?fiscalYear=1999").getStatusCode().value()).isEqualTo(400);
		HttpHeaders text = api.headers(ACME);
		text.setContentType(MediaType.TEXT_PLAIN);
		assertThat(api.post(ACME, "/api/cases", "a case, please", text).getStatusCode().value()).isEqualTo(415);
		HttpHeaders csvOnly = api.headers(ACME);
		csvOnly.setAccept(List.of(MediaType.parseMediaType("text/csv")));
		assertThat(api.post(ACME, "/api/notifications/read-all", null, csvOnly).getStatusCode().value())
			.isEqualTo(406);
	}

}
