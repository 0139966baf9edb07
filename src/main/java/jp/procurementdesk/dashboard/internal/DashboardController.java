package jp.procurementdesk.dashboard.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Dashboard", description = "The desk's figures and reports, for supervisors.")
class DashboardController {

	static final List<String> CSV_HEADER = List.of("reference", "company", "product", "category", "pathways", "status",
			"outcome", "advisor", "opened", "closed", "who_pq_outcome", "compendium_outcome", "un_procurement_outcome",
			"contract_value_usd", "kind");

	private static final String FISCAL_YEAR = "The Japanese fiscal year (2026: April 2026 to March 2027); "
			+ "default the current one.";

	private final Dashboard dashboard;

	private final Clock clock;

	DashboardController(Dashboard dashboard, Clock clock) {
		this.dashboard = dashboard;
		this.clock = clock;
	}

	/** The figures of a fiscal year (default the current one) and the open work now; 400 for a bad year. */
	@Operation(operationId = "getDashboard", summary = "The figures of a fiscal year and the open work now",
			parameters = @Parameter(name = "fiscalYear", in = ParameterIn.QUERY, description = FISCAL_YEAR,
					schema = @Schema(type = "integer", minimum = "" + FiscalYear.MIN, maximum = "" + FiscalYear.MAX)))
	@ApiResponse(responseCode = "200", description = "The figures.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "Not a fiscal year the desk knows.")
	@ApiResponse(responseCode = "403", description = "Supervisors only.")
	@GetMapping("/api/dashboard")
	DashboardFigures dashboard(CurrentUser user, @RequestParam(required = false) String fiscalYear) {
		supervisorOnly(user);
		return dashboard.figures(FiscalYear.of(fiscalYear, clock));
	}

	/** One row per case opened in the fiscal year; UTF-8 with a BOM (for Excel), RFC 4180. */
	@Operation(operationId = "exportCasesCsv", summary = "The cases opened in a fiscal year as CSV (RFC 4180)",
			parameters = @Parameter(name = "fiscalYear", in = ParameterIn.QUERY, description = FISCAL_YEAR,
					schema = @Schema(type = "integer", minimum = "" + FiscalYear.MIN, maximum = "" + FiscalYear.MAX)))
	@ApiResponse(responseCode = "200", description = "One row per case, UTF-8 with a byte order mark.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "Not a fiscal year the desk knows.")
	@ApiResponse(responseCode = "403", description = "Supervisors only.")
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
