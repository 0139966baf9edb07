package jp.procurementdesk.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case endpoints of docs/contract.md (REST API). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Support cases: a company's inquiry and its pathways, from triage to closure.")
class CaseController {

	private static final int MAX_IDEMPOTENCY_KEY = 200;

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	@Operation(operationId = "openCase", summary = "Open a case (company users)", parameters = @Parameter(
			name = "Idempotency-Key", in = ParameterIn.HEADER, description = "Repeated with the same key, the request "
					+ "answers the case the first one opened instead of opening another.",
			schema = @Schema(minLength = 1, maxLength = MAX_IDEMPOTENCY_KEY)))
	@ApiResponse(responseCode = "201", description = "Opened, in triage.", useReturnTypeSchema = true,
			headers = @Header(name = "Location", description = "The case.", schema = @Schema(format = "uri-reference")))
	@ApiResponse(responseCode = "403", description = "Not a company user, or the company is not registered.")
	@PostMapping
	ResponseEntity<CaseView> open(@Valid @RequestBody OpenCase inquiry, CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
			throw InvalidInputException.of("Idempotency-Key", "too-long", MAX_IDEMPOTENCY_KEY);
		}
		CaseView opened;
		try {
			opened = cases.open(inquiry, user, idempotencyKey);
		}
		catch (DataIntegrityViolationException concurrentRetry) {
			// The same key was used by a request that committed first: answer with its case.
			opened = cases.open(inquiry, user, idempotencyKey);
		}
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
	}

	@Operation(operationId = "listCases", summary = "The cases the caller may see, by status or text",
			parameters = @Parameter(name = "q", in = ParameterIn.QUERY,
					description = "Text to find in the reference, product or company."))
	@GetMapping
	Page<CaseView> list(CurrentUser user, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging.check(page, size);
		return cases.list(new CaseQuery(status, q, page, size), user);
	}

	@Operation(operationId = "getCase", summary = "A case with its pathways and outcomes")
	@GetMapping("/{id}")
	CaseView get(@PathVariable UUID id, CurrentUser user) {
		return cases.find(id, user).orElseThrow(() -> new NotFoundException("Case"));
	}

	@Operation(operationId = "getCaseTimeline", summary = "What happened to a case, oldest first")
	@GetMapping("/{id}/timeline")
	Page<TimelineRecord> timeline(@PathVariable UUID id, CurrentUser user) {
		List<TimelineRecord> records = cases.timeline(id, user);
		return new Page<>(records, 0, records.size(), records.size());
	}

	@Operation(operationId = "withdrawCase", summary = "Withdraw a case: it closes and its open work ends")
	@ApiResponse(responseCode = "204", description = "Withdrawn.")
	@ApiResponse(responseCode = "403", description = "Only the company or a supervisor withdraws a case.")
	@ApiResponse(responseCode = "409", description = "The case is closed already, or changed at the same time.")
	@PostMapping("/{id}/withdraw")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, CurrentUser user,
			@Valid @RequestBody(required = false) Withdrawal body) {
		cases.withdraw(id, user, body == null ? null : body.reason());
		return ResponseEntity.noContent().build();
	}

	record Withdrawal(@Size(max = 2000) String reason) {
	}

}
