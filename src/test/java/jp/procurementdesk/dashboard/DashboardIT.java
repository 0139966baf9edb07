package jp.procurementdesk.dashboard;

import static jp.procurementdesk.dashboard.DashboardCalls.months;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard and the CSV report over the cases of {@link TwoFiscalYears}, seeded once for
 * the class, so that every fiscal-year figure can be asserted exactly.
 */
@DeskIntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class DashboardIT {

	static final String CSV_HEAD = "reference,company,product,category,pathways,status,outcome,advisor,opened,closed,"
			+ "who_pq_outcome,compendium_outcome,un_procurement_outcome,contract_value_usd,kind";

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	Api api;

	DashboardCalls calls;

	TwoFiscalYears cases;

	@BeforeAll
	void seed() {
		api = new Api(http);
		calls = new DashboardCalls(http, clock, json);
		try {
			cases = TwoFiscalYears.seed(api, calls, clock, jdbc);
		}
		finally {
			clock.reset();
		}
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void figuresOfFiscalYear2011() {
		JsonNode fy2011 = calls.dashboard(SUPERVISOR, "2011").getBody();
		assertThat(fy2011.path("fiscalYear").asInt()).isEqualTo(2011);
		assertThat(fy2011.path("from").asText()).isEqualTo("2011-04-01");
		assertThat(fy2011.path("to").asText()).isEqualTo("2012-03-31");
		assertThat(calls.map(fy2011.path("casesByStatus"))).isEqualTo(Map.of("TRIAGE", 0, "INFORMATION_REQUESTED", 0,
				"CONSULTATION", 0, "PLAN_APPROVAL", 0, "IN_SUPPORT", 0, "CLOSING", 0, "CLOSED", 2));
		assertThat(months(fy2011.path("openedPerMonth"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
		assertThat(months(fy2011.path("closedPerMonth"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
		assertThat(fy2011.path("medianDaysToClose").decimalValue()).isEqualByComparingTo("0.0");
		assertThat(fy2011.path("contractValueUsd").decimalValue()).isEqualByComparingTo("0");
		assertThat(fy2011.path("outcomes").toString())
			.isEqualTo("{\"WHO_PQ\":{},\"COMPENDIUM\":{},\"UN_PROCUREMENT\":{}}");
		assertThat(calls.map(fy2011.path("caseOutcomes")))
			.isEqualTo(Map.of("COMPLETED", 0, "ANSWERED", 0, "NOT_ELIGIBLE", 1, "ABANDONED", 0, "WITHDRAWN", 1));
		assertThat(calls.map(fy2011.path("slaBreaches")))
			.isEqualTo(Map.of("TRIAGE_OVERDUE", 0, "ADVISOR_TASK_OVERDUE", 0, "WHO_TARGET_EXCEEDED", 0));
	}

	@Test
	void figuresOfFiscalYear2012() {
		JsonNode fy2012 = calls.dashboard(SUPERVISOR, "2012").getBody();
		assertThat(calls.map(fy2012.path("casesByStatus"))).isEqualTo(Map.of("TRIAGE", 0, "INFORMATION_REQUESTED", 0,
				"CONSULTATION", 0, "PLAN_APPROVAL", 0, "IN_SUPPORT", 1, "CLOSING", 0, "CLOSED", 1));
		assertThat(months(fy2012.path("openedPerMonth"))).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(months(fy2012.path("closedPerMonth"))).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		// B: 20 March to 10 May = 51 days; C: 12 May to 1 June = 20 days.
		assertThat(fy2012.path("medianDaysToClose").decimalValue()).isEqualByComparingTo("35.5");
		assertThat(fy2012.path("contractValueUsd").decimalValue()).isEqualByComparingTo("125000.50");
		assertThat(fy2012.path("outcomes").toString())
			.isEqualTo("{\"WHO_PQ\":{},\"COMPENDIUM\":{},\"UN_PROCUREMENT\":{\"AWARDED\":1}}");
		assertThat(calls.map(fy2012.path("caseOutcomes")))
			.isEqualTo(Map.of("COMPLETED", 1, "ANSWERED", 0, "NOT_ELIGIBLE", 0, "ABANDONED", 0, "WITHDRAWN", 0));
	}

	/** The situation now is the same whatever the fiscal year, and covers all open work. */
	@Test
	void theSituationNowIsTheSameWhateverTheFiscalYear() {
		JsonNode fy2011 = calls.dashboard(SUPERVISOR, "2011").getBody();
		JsonNode current = calls.dashboard(SUPERVISOR, null).getBody();
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
				"select count(*) from public.act_ru_task where assignee_ = ?", Long.class, ADVISOR);
		long advisedByTanaka = jdbc.queryForObject(
				"select count(*) from desk.support_case where advisor = ? and status <> 'CLOSED'", Long.class, ADVISOR);
		JsonNode tanaka = null;
		for (JsonNode row : current.path("advisorWorkload")) {
			if (ADVISOR.equals(row.path("advisor").asText())) {
				tanaka = row;
			}
		}
		assertThat(tanaka).isNotNull();
		assertThat(tanaka.path("openTasks").asLong()).isEqualTo(assignedToTanaka).isPositive();
		assertThat(tanaka.path("openCases").asLong()).isEqualTo(advisedByTanaka).isPositive();
	}

	/** The CSV report of FY2011: A and B, the odd company name quoted; of FY2012: C and D. */
	@Test
	void theCsvReportOfEachFiscalYear() {
		ResponseEntity<byte[]> csv = calls.csv(SUPERVISOR, "2011");
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"cases-FY2011.csv\"");
		byte[] bytes = csv.getBody();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] })
			.containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		JsonNode a = cases.a();
		JsonNode b = cases.b();
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + CSV_HEAD + "\r\n"
				+ a.path("reference").asText() + "," + a.path("companyName").asText()
				+ ",Rapid malaria test MEDICINE,MEDICINE,COMPENDIUM,CLOSED,NOT_ELIGIBLE,,2012-03-15,2012-03-15,,,,,SUPPORT\r\n"
				+ b.path("reference").asText() + ",\"アクメ医療機器, \"\"Acme\"\" Medical\""
				+ ",Rapid malaria test VACCINE,VACCINE,WHO_PQ,CLOSED,WITHDRAWN," + ADVISOR + ",2012-03-20,2012-05-10,,,,,SUPPORT\r\n");

		JsonNode c = cases.c();
		JsonNode d = cases.d();
		String fy2012Csv = new String(calls.csv(SUPERVISOR, "2012").getBody(), StandardCharsets.UTF_8);
		assertThat(fy2012Csv.split("\r\n")).containsExactly("\uFEFF" + CSV_HEAD,
				c.path("reference").asText() + "," + c.path("companyName").asText()
						+ ",Rapid malaria test IVD,IVD,UN_PROCUREMENT,CLOSED,COMPLETED," + ADVISOR + ",2012-05-12,"
						+ "2012-06-01,,,AWARDED,125000.50,SUPPORT",
				d.path("reference").asText() + "," + d.path("companyName").asText()
						+ ",Rapid malaria test MEDICAL_DEVICE,MEDICAL_DEVICE,WHO_PQ,IN_SUPPORT,," + ADVISOR
						+ ",2012-06-01,,,,,,SUPPORT");
	}

}
