package jp.procurementdesk.dashboard.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jp.procurementdesk.dashboard.Dashboard;
import jp.procurementdesk.dashboard.DashboardFigures;
import jp.procurementdesk.dashboard.FiscalYear;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/dashboard} and {@code GET /api/reports/cases.csv}: supervisors only (docs/contract.md, REST API). */
@RestController
class DashboardController {

	static final List<String> CSV_HEADER = List.of("reference", "company", "product", "category", "pathways", "status",
			"outcome", "advisor", "opened", "closed", "who_pq_outcome", "compendium_outcome", "un_procurement_outcome",
			"contract_value_usd");

	private final Dashboard dashboard;

	private final Clock clock;

	DashboardController(Dashboard dashboard, Clock clock) {
		this.dashboard = dashboard;
		this.clock = clock;
	}

	/** The figures of a fiscal year (default the current one) and the open work now; 400 for a bad year. */
	@GetMapping("/api/dashboard")
	DashboardFigures dashboard(CurrentUser user, @RequestParam(required = false) String fiscalYear) {
		supervisorOnly(user);
		return dashboard.figures(FiscalYear.of(fiscalYear, clock));
	}

	/** One row per case opened in the fiscal year; UTF-8 with a BOM (for Excel), RFC 4180. */
	@GetMapping({ "/api/reports/cases.csv", "/dashboard/cases.csv" })
	ResponseEntity<byte[]> casesCsv(CurrentUser user, @RequestParam(required = false) String fiscalYear) {
		supervisorOnly(user);
		FiscalYear year = FiscalYear.of(fiscalYear, clock);
		StringBuilder csv = new StringBuilder("\uFEFF");
		Csv.appendRow(csv, CSV_HEADER);
		for (List<String> row : dashboard.caseRows(year)) {
			Csv.appendRow(csv, row);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cases-FY" + year.year() + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void supervisorOnly(CurrentUser user) {
		if (!user.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("The dashboard and reports are for supervisors");
		}
	}

}
