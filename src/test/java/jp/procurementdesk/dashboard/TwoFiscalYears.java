package jp.procurementdesk.dashboard;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.FullJourney;
import jp.procurementdesk.support.TestClock.MovableClock;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Four cases seeded through the API in fiscal years 2011 and 2012, the application clock moved
 * back (far from the other tests' cases), so that every fiscal-year figure is known exactly:
 * <ul>
 * <li>A: acme, opened and rejected on 15 March 2012 (FY2011);
 * <li>B: acme under {@link #ODD_NAME}, opened on 20 March 2012 (FY2011), withdrawn on 10 May 2012 (FY2012);
 * <li>C: sakura, opened on 12 May 2012, awarded a UN contract of USD 125,000.50, closed on 1 June 2012;
 * <li>D: sakura, opened on 1 June 2012, in support with advisor.tanaka.
 * </ul>
 */
record TwoFiscalYears(JsonNode a, JsonNode b, JsonNode c, JsonNode d) {

	static final String ODD_NAME = "アクメ医療機器, \"Acme\" Medical";

	static TwoFiscalYears seed(Api api, DashboardCalls calls, MovableClock clock, JdbcTemplate jdbc) {
		FullJourney journey = new FullJourney(api);
		calls.moveTo(2012, 3, 15, 12);
		JsonNode a = api.openCase(ACME, "MEDICINE", "COMPENDIUM");
		api.complete(SUPERVISOR, Api.id(a), "triage", Map.of("decision", "REJECT", "note", "Outside the mandate."));

		calls.moveTo(2012, 3, 20, 12);
		String acmeName = jdbc.queryForObject("select name from desk.company where id = ?", String.class, ACME_COMPANY);
		JsonNode b;
		try {
			jdbc.update("update desk.company set name = ? where id = ?", ODD_NAME, ACME_COMPANY);
			b = api.openCase(ACME, "VACCINE", "WHO_PQ");
		}
		finally {
			jdbc.update("update desk.company set name = ? where id = ?", acmeName, ACME_COMPANY);
		}
		UUID caseB = Api.id(b);
		journey.accept(ACME, caseB, "WHO_PQ");
		calls.moveTo(2012, 5, 10, 12);
		assertThat(api.post(ACME, "/api/cases/" + caseB + "/withdraw", Map.of("reason", "Discontinued"))
			.getStatusCode()
			.value()).isEqualTo(204);

		calls.moveTo(2012, 5, 12, 12);
		JsonNode c = api.openCase(SAKURA, "IVD", "UN_PROCUREMENT");
		UUID caseC = Api.id(c);
		journey.accept(SAKURA, caseC, "UN_PROCUREMENT");
		clock.reset(); // the tender's deadline is a Camunda timer: real time
		journey.awardUnTender(SAKURA, caseC);
		calls.moveTo(2012, 6, 1, 12);
		journey.close(caseC, "Awarded.");

		JsonNode d = api.openCase(SAKURA, "MEDICAL_DEVICE", "WHO_PQ");
		journey.accept(SAKURA, Api.id(d), "WHO_PQ");
		clock.reset();
		return new TwoFiscalYears(a, b, c, d);
	}

}
