package jp.procurementdesk.monitoring;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * {@code /actuator/prometheus} as a supervisor's script (or Prometheus) reads it: the business
 * figures move when a case is opened, a task completed and the case closed; the gauges and
 * Spring Boot's own metrics are there.
 */
@DeskIntegrationTest
class MetricsIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void figuresMoveWhenACaseIsOpenedAndATaskCompleted() {
		Api api = new Api(http);
		String before = scrape(api);

		UUID caseId = Api.id(api.openCase(ACME, "VECTOR_CONTROL", "WHO_PQ"));
		String opened = scrape(api);
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "REJECT", "note", "Not for the desk."));
		String rejected = scrape(api);

		assertThat(value(opened, "desk_cases_opened_total", "category=\"VECTOR_CONTROL\""))
			.isEqualTo(value(before, "desk_cases_opened_total", "category=\"VECTOR_CONTROL\"") + 1);
		assertThat(value(rejected, "desk_tasks_completed_total", "task=\"triage\""))
			.isEqualTo(value(opened, "desk_tasks_completed_total", "task=\"triage\"") + 1);
		assertThat(value(rejected, "desk_cases_closed_total", "outcome=\"NOT_ELIGIBLE\""))
			.isEqualTo(value(opened, "desk_cases_closed_total", "outcome=\"NOT_ELIGIBLE\"") + 1);
		assertThat(rejected).contains("desk_sla_breaches_total{", "kind=\"TRIAGE_OVERDUE\"")
			.contains("desk_jobs_due{", "desk_cases_open{", "desk_documents_stored{", "desk_documents_stored_size_bytes{")
			.contains("hikaricp_connections_active{", "http_server_requests_seconds_count{", "jvm_memory_used_bytes{");
	}

	private String scrape(Api api) {
		ResponseEntity<String> response = http.exchange("/actuator/prometheus", HttpMethod.GET,
				new HttpEntity<>(api.headers(SUPERVISOR)), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		return response.getBody();
	}

	/** The sum of the samples of the metric whose labels contain {@code label}; 0 when none. */
	private static double value(String exposition, String metric, String label) {
		return exposition.lines()
			.filter(line -> line.startsWith(metric + "{") && line.contains(label))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
