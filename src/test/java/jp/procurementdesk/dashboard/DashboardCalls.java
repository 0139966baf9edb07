package jp.procurementdesk.dashboard;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.TestClock.MovableClock;
import jp.procurementdesk.support.Tokens;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The dashboard and the CSV report as the dashboard tests call them, and the clock they move. */
final class DashboardCalls {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final TestRestTemplate http;

	private final MovableClock clock;

	private final ObjectMapper json;

	private final Api api;

	DashboardCalls(TestRestTemplate http, MovableClock clock, ObjectMapper json) {
		this.http = http;
		this.clock = clock;
		this.json = json;
		this.api = new Api(http);
	}

	/** Moves the application clock to that hour, Tokyo time. */
	void moveTo(int year, int month, int day, int hour) {
		ZonedDateTime target = ZonedDateTime.of(year, month, day, hour, 0, 0, 0, TOKYO);
		clock.advance(Duration.between(clock.instant(), target.toInstant()));
	}

	ResponseEntity<JsonNode> dashboard(String user, String fiscalYear) {
		return api.get(user, "/api/dashboard" + (fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear));
	}

	ResponseEntity<byte[]> csv(String user, String fiscalYear) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(Tokens.cachedAccessToken(user));
		return http.exchange("/api/reports/cases.csv" + (fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear),
				HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	Map<String, Integer> map(JsonNode node) {
		return json.convertValue(node, json.getTypeFactory().constructMapType(Map.class, String.class, Integer.class));
	}

	static int[] months(JsonNode node) {
		int[] values = new int[node.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = node.get(i).asInt();
		}
		return values;
	}

}
