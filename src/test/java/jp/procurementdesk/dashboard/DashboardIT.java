package jp.procurementdesk.dashboard;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard and the CSV report over cases seeded through the API in fiscal years 2011 and
 * 2012 (the application clock moved back, far from the other tests' cases), so that every
 * fiscal-year figure can be asserted exactly.
 */
@DeskIntegrationTest
class DashboardIT {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final String ODD_NAME = "アクメ医療機器, \"Acme\" Medical";

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(http);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void figuresAndReportOfTwoFiscalYears() throws Exception {
		// FY2011: A opened and rejected on 15 March 2012.
		moveTo(2012, 3, 15, 12);
		JsonNode a = api.openCase(ACME, "MEDICINE", "COMPENDIUM");
		UUID caseA = Api.id(a);
		api.complete(SUPERVISOR, caseA, "triage", Map.of("decision", "REJECT", "note", "Outside the mandate."));

		// FY2011: B opened on 20 March 2012 under an odd company name, withdrawn on 10 May 2012 (FY2012).
		moveTo(2012, 3, 20, 12);
		String acmeName = jdbc.queryForObject("select name from desk.company where id = 'acme-medical'", String.class);
		JsonNode b;
		try {
			jdbc.update("update desk.company set name = ? where id = 'acme-medical'", ODD_NAME);
			b = api.openCase(ACME, "VACCINE", "WHO_PQ");
		}
		finally {
			jdbc.update("update desk.company set name = ? where id = 'acme-medical'", acmeName);
		}
		UUID caseB = Api.id(b);
		accept(caseB, ACME, "WHO_PQ");
		moveTo(2012, 5, 10, 12);
		assertThat(api.post(ACME, "/api/cases/" + caseB + "/withdraw", Map.of("reason", "Discontinued"))
			.getStatusCode()
			.value()).isEqualTo(204);

		// FY2012: C opened on 12 May 2012, awarded a UN contract, closed on 1 June 2012.
		moveTo(2012, 5, 12, 12);
		JsonNode c = api.openCase(SAKURA, "IVD", "UN_PROCUREMENT");
		UUID caseC = Api.id(c);
		accept(caseC, SAKURA, "UN_PROCUREMENT");
		clock.reset(); // the tender's deadline is a Camunda timer: real time
		api.complete(SAKURA, caseC, "ungm-registration", Map.of("ungmVendorId", "UNGM-7", "ungmLevel", "LEVEL_1"));
		api.complete(ADVISOR, caseC, "verify-registration", Map.of("result", "VERIFIED"));
		api.complete(ADVISOR, caseC, "identify-tender", Map.of("agency", "UNICEF", "noticeId", "RFP-1", "tenderType",
				"RFP", "submissionDeadline", OffsetDateTime.now(TOKYO).plusDays(20).truncatedTo(ChronoUnit.SECONDS)
					.toString(),
				"title", "Malaria RDTs"));
		api.complete(SUPERVISOR, caseC, "go-no-go", Map.of("decision", "GO"));
		api.uploadPdf(SAKURA, caseC, "TECHNICAL_OFFER");
		api.uploadPdf(ADVISOR, caseC, "FINANCIAL_OFFER");
		api.complete(SAKURA, caseC, "prepare-bid", Map.of());
		api.complete(ADVISOR, caseC, "review-bid", Map.of("decision", "APPROVED"));
		api.complete(SAKURA, caseC, "submit-bid", Map.of("submittedAt", OffsetDateTime.now(TOKYO).minusMinutes(1)
			.truncatedTo(ChronoUnit.SECONDS)
			.toString()));
		api.complete(ADVISOR, caseC, "record-award", Map.of("result", "AWARDED", "contractValueUsd", 125000.50));
		moveTo(2012, 6, 1, 12);
		api.complete(ADVISOR, caseC, "close-case", Map.of("summary", "Awarded."));
		api.complete(SUPERVISOR, caseC, "approve-closure", Map.of("approve", true));

		// FY2012: D opened on 1 June 2012, in support with advisor.tanaka.
		JsonNode d = api.openCase(SAKURA, "MEDICAL_DEVICE", "WHO_PQ");
		accept(Api.id(d), SAKURA, "WHO_PQ");
		clock.reset();

		JsonNode fy2011 = dashboard(SUPERVISOR, "2011").getBody();
		assertThat(fy2011.path("fiscalYear").asInt()).isEqualTo(2011);
		assertThat(fy2011.path("from").asText()).isEqualTo("2011-04-01");
		assertThat(fy2011.path("to").asText()).isEqualTo("2012-03-31");
		assertThat(map(fy2011.path("casesByStatus"))).isEqualTo(Map.of("TRIAGE", 0, "INFORMATION_REQUESTED", 0,
				"CONSULTATION", 0, "PLAN_APPROVAL", 0, "IN_SUPPORT", 0, "CLOSING", 0, "CLOSED", 2));
		assertThat(months(fy2011.path("openedPerMonth"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
		assertThat(months(fy2011.path("closedPerMonth"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
		assertThat(fy2011.path("medianDaysToClose").decimalValue()).isEqualByComparingTo("0.0");
		assertThat(fy2011.path("contractValueUsd").decimalValue()).isEqualByComparingTo("0");
		assertThat(fy2011.path("outcomes").toString())
			.isEqualTo("{\"WHO_PQ\":{},\"COMPENDIUM\":{},\"UN_PROCUREMENT\":{}}");
		assertThat(map(fy2011.path("caseOutcomes")))
			.isEqualTo(Map.of("COMPLETED", 0, "NOT_ELIGIBLE", 1, "ABANDONED", 0, "WITHDRAWN", 1));
		assertThat(map(fy2011.path("slaBreaches")))
			.isEqualTo(Map.of("TRIAGE_OVERDUE", 0, "ADVISOR_TASK_OVERDUE", 0, "WHO_TARGET_EXCEEDED", 0));

		JsonNode fy2012 = dashboard(SUPERVISOR, "2012").getBody();
		assertThat(map(fy2012.path("casesByStatus"))).isEqualTo(Map.of("TRIAGE", 0, "INFORMATION_REQUESTED", 0,
				"CONSULTATION", 0, "PLAN_APPROVAL", 0, "IN_SUPPORT", 1, "CLOSING", 0, "CLOSED", 1));
		assertThat(months(fy2012.path("openedPerMonth"))).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(months(fy2012.path("closedPerMonth"))).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		// B: 20 March to 10 May = 51 days; C: 12 May to 1 June = 20 days.
		assertThat(fy2012.path("medianDaysToClose").decimalValue()).isEqualByComparingTo("35.5");
		assertThat(fy2012.path("contractValueUsd").decimalValue()).isEqualByComparingTo("125000.50");
		assertThat(fy2012.path("outcomes").toString())
			.isEqualTo("{\"WHO_PQ\":{},\"COMPENDIUM\":{},\"UN_PROCUREMENT\":{\"AWARDED\":1}}");
		assertThat(map(fy2012.path("caseOutcomes")))
			.isEqualTo(Map.of("COMPLETED", 1, "NOT_ELIGIBLE", 0, "ABANDONED", 0, "WITHDRAWN", 0));

		// The situation now is the same whatever the fiscal year, and covers all open work.
		JsonNode current = dashboard(SUPERVISOR, null).getBody();
		assertThat(current.path("fiscalYear").asInt()).isEqualTo(FiscalYear.current(clock).year());
		for (String now : List.of("openCases", "overdueTasks", "tasksWaitingOnCompanies", "tasksWaitingOnDesk",
				"advisorWorkload")) {
			assertThat(fy2011.path(now)).as(now).isEqualTo(current.path(now));
		}
		long allOpenTasks = api.get(SUPERVISOR, "/api/tasks?size=1").getBody().path("total").asLong();
		assertThat(current.path("tasksWaitingOnCompanies").asLong() + current.path("tasksWaitingOnDesk").asLong())
			.isEqualTo(allOpenTasks);
		long openCases = api.get(SUPERVISOR, "/api/cases?size=1").getBody().path("total").asLong()
				- jdbc.queryForObject("select count(*) from desk.support_case where status = 'CLOSED'", Long.class);
		assertThat(current.path("openCases").asLong()).isEqualTo(openCases).isPositive();
		long overdue = api.get(SUPERVISOR, "/api/tasks?size=1&overdue=true").getBody().path("total").asLong();
		assertThat(current.path("overdueTasks").asLong()).isEqualTo(overdue);
		long assignedToTanaka = jdbc.queryForObject(
				"select count(*) from public.act_ru_task where assignee_ = 'advisor.tanaka'", Long.class);
		long advisedByTanaka = jdbc.queryForObject(
				"select count(*) from desk.support_case where advisor = 'advisor.tanaka' and status <> 'CLOSED'", Long.class);
		JsonNode tanaka = null;
		for (JsonNode row : current.path("advisorWorkload")) {
			if (ADVISOR.equals(row.path("advisor").asText())) {
				tanaka = row;
			}
		}
		assertThat(tanaka).isNotNull();
		assertThat(tanaka.path("openTasks").asLong()).isEqualTo(assignedToTanaka).isPositive();
		assertThat(tanaka.path("openCases").asLong()).isEqualTo(advisedByTanaka).isPositive();

		// The CSV report of FY2011: A and B, the odd company name quoted.
		ResponseEntity<byte[]> csv = csv(SUPERVISOR, "2011");
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"cases-FY2011.csv\"");
		byte[] bytes = csv.getBody();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] })
			.containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
				+ "reference,company,product,category,pathways,status,outcome,advisor,opened,closed,"
				+ "who_pq_outcome,compendium_outcome,un_procurement_outcome,contract_value_usd\r\n"
				+ a.path("reference").asText() + "," + a.path("companyName").asText()
				+ ",Rapid malaria test MEDICINE,MEDICINE,COMPENDIUM,CLOSED,NOT_ELIGIBLE,,2012-03-15,2012-03-15,,,,\r\n"
				+ b.path("reference").asText() + ",\"アクメ医療機器, \"\"Acme\"\" Medical\""
				+ ",Rapid malaria test VACCINE,VACCINE,WHO_PQ,CLOSED,WITHDRAWN,advisor.tanaka,2012-03-20,2012-05-10,,,,\r\n");

		String fy2012Csv = new String(csv(SUPERVISOR, "2012").getBody(), StandardCharsets.UTF_8);
		assertThat(fy2012Csv.split("\r\n")).containsExactly(
				"\uFEFFreference,company,product,category,pathways,status,outcome,advisor,opened,closed,"
						+ "who_pq_outcome,compendium_outcome,un_procurement_outcome,contract_value_usd",
				c.path("reference").asText() + "," + c.path("companyName").asText()
						+ ",Rapid malaria test IVD,IVD,UN_PROCUREMENT,CLOSED,COMPLETED,advisor.tanaka,2012-05-12,"
						+ "2012-06-01,,,AWARDED,125000.50",
				d.path("reference").asText() + "," + d.path("companyName").asText()
						+ ",Rapid malaria test MEDICAL_DEVICE,MEDICAL_DEVICE,WHO_PQ,IN_SUPPORT,,advisor.tanaka,2012-06-01,,,,,");
	}

	@Test
	void onlySupervisorsGetTheDashboardAndTheReport() {
		for (String user : List.of(ACME, SAKURA, ADVISOR, OTHER_ADVISOR)) {
			assertThat(dashboard(user, "2026").getStatusCode().value()).as(user).isEqualTo(403);
			assertThat(csv(user, "2026").getStatusCode().value()).as(user).isEqualTo(403);
		}
		assertThat(dashboard(SUPERVISOR, "2026").getStatusCode().value()).isEqualTo(200);
		assertThat(csv(SUPERVISOR, null).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"cases-FY" + FiscalYear.current(clock).year() + ".csv\"");
	}

	@Test
	void anInvalidFiscalYearIsABadRequest() {
		for (String year : List.of("abc", "1999", "2101", "2026.5")) {
			ResponseEntity<JsonNode> response = dashboard(SUPERVISOR, year);
			assertThat(response.getStatusCode().value()).as(year).isEqualTo(400);
			assertThat(response.getBody().path("errors").has("fiscalYear")).as(year).isTrue();
			assertThat(csv(SUPERVISOR, year).getStatusCode().value()).as(year).isEqualTo(400);
		}
	}

	@Test
	void theFiscalYearBeginsOnTheFirstOfAprilInTokyo() {
		moveTo(2013, 3, 31, 23);
		assertThat(dashboard(SUPERVISOR, null).getBody().path("fiscalYear").asInt()).isEqualTo(2012);
		clock.advance(Duration.ofHours(1).plusMinutes(1));
		assertThat(dashboard(SUPERVISOR, null).getBody().path("fiscalYear").asInt()).isEqualTo(2013);
	}

	private void accept(UUID caseId, String company, String pathway) {
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of(pathway)));
		api.complete(ADVISOR, caseId, "initial-consultation", Map.of("readiness", "GAPS", "plan", "A plan.",
				"pathways", List.of(pathway)));
		api.complete(company, caseId, "approve-plan", Map.of("accept", true));
	}

	/** Moves the application clock to that hour, Tokyo time. */
	private void moveTo(int year, int month, int day, int hour) {
		ZonedDateTime target = ZonedDateTime.of(year, month, day, hour, 0, 0, 0, TOKYO);
		clock.advance(Duration.between(clock.instant(), target.toInstant()));
	}

	private ResponseEntity<JsonNode> dashboard(String user, String fiscalYear) {
		return api.get(user, "/api/dashboard" + (fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear));
	}

	private ResponseEntity<byte[]> csv(String user, String fiscalYear) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(Tokens.cachedAccessToken(user));
		return http.exchange("/api/reports/cases.csv" + (fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear),
				HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	private Map<String, Integer> map(JsonNode node) {
		return json.convertValue(node, json.getTypeFactory().constructMapType(Map.class, String.class, Integer.class));
	}

	private static int[] months(JsonNode node) {
		int[] values = new int[node.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = node.get(i).asInt();
		}
		return values;
	}

}
