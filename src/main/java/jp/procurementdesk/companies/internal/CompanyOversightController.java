package jp.procurementdesk.companies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.companies.CompanyDetail;
import jp.procurementdesk.companies.CompanyOversight;
import jp.procurementdesk.companies.CompanySearch;
import jp.procurementdesk.companies.CompanyStatus;
import jp.procurementdesk.companies.CompanySummary;
import jp.procurementdesk.companies.Reason;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every company, for supervisors (docs/companies.md, Supervisors): list, detail, suspension. */
@RestController
@RequestMapping("/api/companies")
@Tag(name = "Companies", description = "The client companies, for supervisors: list, detail, suspension.")
class CompanyOversightController {

	private final CompanyOversight oversight;

	CompanyOversightController(CompanyOversight oversight) {
		this.oversight = oversight;
	}

	@Operation(operationId = "listCompanies", summary = "The companies, by name (supervisors)",
			parameters = @Parameter(name = "q", in = ParameterIn.QUERY,
					description = "Text to find in the name, the Japanese name, the id or the corporate number."))
	@ApiResponse(responseCode = "200", description = "A page of companies.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not a supervisor.")
	@GetMapping
	Page<CompanySummary> list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) CompanyStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return oversight.search(new CompanySearch(q, status, page, size), user);
	}

	@Operation(operationId = "getCompany",
			summary = "A company with its profile, users, cases by status and audit trail (supervisors)")
	@ApiResponse(responseCode = "200", description = "The company.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not a supervisor.")
	@GetMapping("/{id}")
	CompanyDetail get(@PathVariable String id, CurrentUser user) {
		return oversight.detail(id, user);
	}

	@Operation(operationId = "suspendCompany", summary = "Suspend a company (supervisors): its users are disabled "
			+ "in Keycloak and get 403 on any write; the desk still reads its cases")
	@ApiResponse(responseCode = "204", description = "Suspended.")
	@ApiResponse(responseCode = "403", description = "Not a supervisor.")
	@ApiResponse(responseCode = "409", description = "Suspended already.")
	@PostMapping("/{id}/suspend")
	ResponseEntity<Void> suspend(@PathVariable String id, @RequestBody Reason reason, CurrentUser user) {
		oversight.suspend(id, reason, user);
		return ResponseEntity.noContent().build();
	}

	@Operation(operationId = "reactivateCompany",
			summary = "Reactivate a suspended company (supervisors): its users are enabled again")
	@ApiResponse(responseCode = "204", description = "Active again.")
	@ApiResponse(responseCode = "403", description = "Not a supervisor.")
	@ApiResponse(responseCode = "409", description = "Active already.")
	@PostMapping("/{id}/reactivate")
	ResponseEntity<Void> reactivate(@PathVariable String id, @RequestBody Reason reason, CurrentUser user) {
		oversight.reactivate(id, reason, user);
		return ResponseEntity.noContent().build();
	}

}
