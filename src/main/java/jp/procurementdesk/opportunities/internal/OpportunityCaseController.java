package jp.procurementdesk.opportunities.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.CaseFromOpportunity;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/opportunities/{id}/cases} (docs/opportunities.md#a-case-from-a-notice). */
@RestController
@Tag(name = "Opportunities")
class OpportunityCaseController {

	private static final int MAX_IDEMPOTENCY_KEY = 200;

	private final CaseFromOpportunity cases;

	OpportunityCaseController(CaseFromOpportunity cases) {
		this.cases = cases;
	}

	@Operation(operationId = "openCaseFromOpportunity",
			summary = "Open a case from a published tender, EOI or Compendium call (company users)",
			parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
					description = "Repeated with the same key, the request answers the case the first one opened "
							+ "instead of opening another.",
					schema = @Schema(minLength = 1, maxLength = MAX_IDEMPOTENCY_KEY)))
	@ApiResponse(responseCode = "201", description = "Opened, in triage, along the notice's pathway.",
			useReturnTypeSchema = true,
			headers = @Header(name = "Location", description = "The case.", schema = @Schema(format = "uri-reference")))
	@ApiResponse(responseCode = "403", description = "Not a company user, or the company is not registered.")
	@ApiResponse(responseCode = "404", description = "No such opportunity, or a draft.")
	@ApiResponse(responseCode = "409", description = "The opportunity is closed, or its kind (EVENT, NEWS) opens no case.")
	@PostMapping("/api/opportunities/{id}/cases")
	ResponseEntity<CaseView> open(@PathVariable UUID id, @Valid @RequestBody CaseFromOpportunity.Request request,
			CurrentUser user, @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
			throw InvalidInputException.of("Idempotency-Key", "too-long", MAX_IDEMPOTENCY_KEY);
		}
		CaseView opened;
		try {
			opened = cases.open(id, request, user, idempotencyKey);
		}
		catch (DataIntegrityViolationException concurrentRetry) {
			// The same key was used by a request that committed first: answer with its case.
			opened = cases.open(id, request, user, idempotencyKey);
		}
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
	}

}
