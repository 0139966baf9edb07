package jp.procurementdesk.dashboard;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Who gets the dashboard and the report, which fiscal years they take, and when a fiscal year begins. */
@DeskIntegrationTest
class DashboardAccessIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	@Autowired
	ObjectMapper json;

	DashboardCalls calls;

	@BeforeEach
	void setUp() {
		calls = new DashboardCalls(http, clock, json);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void onlySupervisorsGetTheDashboardAndTheReport() {
		for (String user : List.of(ACME, SAKURA, ADVISOR, OTHER_ADVISOR)) {
			assertThat(calls.dashboard(user, "2026").getStatusCode().value()).as(user).isEqualTo(403);
			assertThat(calls.csv(user, "2026").getStatusCode().value()).as(user).isEqualTo(403);
		}
		assertThat(calls.dashboard(SUPERVISOR, "2026").getStatusCode().value()).isEqualTo(200);
		assertThat(calls.csv(SUPERVISOR, null).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"cases-FY" + FiscalYear.current(clock).year() + ".csv\"");
	}

	@Test
	void anInvalidFiscalYearIsABadRequest() {
		for (String year : List.of("abc", "1999", "2101", "2026.5")) {
			ResponseEntity<JsonNode> response = calls.dashboard(SUPERVISOR, year);
			assertThat(response.getStatusCode().value()).as(year).isEqualTo(400);
			assertThat(response.getBody().path("errors").has("fiscalYear")).as(year).isTrue();
			assertThat(calls.csv(SUPERVISOR, year).getStatusCode().value()).as(year).isEqualTo(400);
		}
	}

	@Test
	void theFiscalYearBeginsOnTheFirstOfAprilInTokyo() {
		calls.moveTo(2013, 3, 31, 23);
		assertThat(calls.dashboard(SUPERVISOR, null).getBody().path("fiscalYear").asInt()).isEqualTo(2012);
		clock.advance(Duration.ofHours(1).plusMinutes(1));
		assertThat(calls.dashboard(SUPERVISOR, null).getBody().path("fiscalYear").asInt()).isEqualTo(2013);
	}

}
