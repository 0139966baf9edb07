package jp.procurementdesk.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
class CaseController {

	private static final int MAX_IDEMPOTENCY_KEY = 200;

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

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

	@GetMapping
	Page<CaseView> list(CurrentUser user, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging.check(page, size);
		return cases.list(new CaseQuery(status, q, page, size), user);
	}

	@GetMapping("/{id}")
	CaseView get(@PathVariable UUID id, CurrentUser user) {
		return cases.find(id, user).orElseThrow(() -> new NotFoundException("Case"));
	}

	@GetMapping("/{id}/timeline")
	Page<TimelineRecord> timeline(@PathVariable UUID id, CurrentUser user) {
		List<TimelineRecord> records = cases.timeline(id, user);
		return new Page<>(records, 0, records.size(), records.size());
	}

	@PostMapping("/{id}/withdraw")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, CurrentUser user,
			@Valid @RequestBody(required = false) Withdrawal body) {
		cases.withdraw(id, user, body == null ? null : body.reason());
		return ResponseEntity.noContent().build();
	}

	record Withdrawal(@Size(max = 2000) String reason) {
	}

}
