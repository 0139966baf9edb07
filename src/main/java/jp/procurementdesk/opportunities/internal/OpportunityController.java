package jp.procurementdesk.opportunities.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.EventSeats;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityAuditRecord;
import jp.procurementdesk.opportunities.OpportunityDetail;
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityQuery;
import jp.procurementdesk.opportunities.OpportunitySearch;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ETags;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.ProblemDetailsFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The opportunity endpoints of docs/contract.md (REST API, Opportunities). An opportunity's
 * {@code version} travels as its {@code ETag}; a correction sends it back as {@code If-Match}.
 */
@RestController
@RequestMapping("/api/opportunities")
@Tag(name = "Opportunities", description = "What the desk publishes: UN tenders, WHO EOIs, Compendium calls, events, news.")
class OpportunityController {

	private final Opportunities opportunities;

	private final OpportunitySearch search;

	private final EventSeats seats;

	OpportunityController(Opportunities opportunities, OpportunitySearch search, EventSeats seats) {
		this.opportunities = opportunities;
		this.search = search;
		this.seats = seats;
	}

	@Operation(operationId = "listOpportunities", summary = "The opportunities the caller may see, soonest deadline first",
			parameters = {
					@Parameter(name = "q", in = ParameterIn.QUERY,
							description = "Text to find in the title, summary or notice id (any case)."),
					@Parameter(name = "category", in = ParameterIn.QUERY,
							description = "Those for this product category, and those for every category."),
					@Parameter(name = "matching", in = ParameterIn.QUERY,
							description = "Company users: only those matching the company's interests."),
					@Parameter(name = "includeClosed", in = ParameterIn.QUERY,
							description = "Company users: closed ones too (the desk sees every status).") })
	@GetMapping
	Page<OpportunityView> list(CurrentUser user, @RequestParam(required = false) OpportunityKind kind,
			@RequestParam(required = false) ProductCategory category, @RequestParam(required = false) TargetAgency agency,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean matching,
			@RequestParam(defaultValue = "false") boolean includeClosed, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return search.list(new OpportunityQuery(kind, category, agency, q, matching, includeClosed, page, size), user);
	}

	@Operation(operationId = "getOpportunity", summary = "An opportunity; for the desk with the companies it matches now; for an event the caller's registration and the seats left")
	@ApiResponse(responseCode = "200", description = "The opportunity.", useReturnTypeSchema = true,
			headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match.", schema = @Schema(type = "string")))
	@GetMapping("/{id}")
	ResponseEntity<OpportunityDetail> get(@PathVariable UUID id, CurrentUser user) {
		OpportunityView view = search.visible(id, user).orElseThrow(() -> new NotFoundException("Opportunity"));
		Set<String> matched = OpportunityReader.isDesk(user) ? search.matchedCompanies(id, user) : null;
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(OpportunityDetail.of(view, matched, seats.seats(id, user)));
	}

	@Operation(operationId = "getOpportunityHistory", summary = "What happened to an opportunity, oldest first (the desk)")
	@ApiResponse(responseCode = "200", description = "The audit entries.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not an advisor nor a supervisor.")
	@GetMapping("/{id}/history")
	Page<OpportunityAuditRecord> history(@PathVariable UUID id, CurrentUser user) {
		List<OpportunityAuditRecord> records = search.history(id, user);
		return new Page<>(records, 0, records.size(), records.size());
	}

	@Operation(operationId = "createOpportunity", summary = "Write a new opportunity, as a draft (advisors, supervisors)")
	@ApiResponse(responseCode = "201", description = "Created, as a draft.", useReturnTypeSchema = true, headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The opportunity.", schema = @Schema(format = "uri-reference")),
			@Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match.", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "403", description = "Not an advisor nor a supervisor.")
	@PostMapping
	ResponseEntity<OpportunityView> create(@RequestBody OpportunityDraft draft, CurrentUser user) {
		OpportunityView created = opportunities.create(draft, user);
		return ResponseEntity.created(URI.create("/api/opportunities/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@Operation(operationId = "correctOpportunity", summary = "Correct a draft or a published opportunity (audited)",
			parameters = @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
					description = "The opportunity's version (the ETag of the answer that read it).",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "200", description = "Corrected (or nothing to correct): the opportunity.",
			useReturnTypeSchema = true, headers = @Header(name = HttpHeaders.ETAG, description = "Its new version.",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Not an advisor nor a supervisor.")
	@ApiResponse(responseCode = "409", description = "Closed, or corrected since that version; nothing changed.")
	@ApiResponse(responseCode = "428", description = "No If-Match header.")
	@PutMapping("/{id}")
	OpportunityView correct(@PathVariable UUID id, @RequestBody OpportunityDraft draft, CurrentUser user,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletResponse response) {
		Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.version(ifMatch, "opportunity-etag");
		OpportunityView corrected = opportunities.correct(id, version, draft, user);
		// Not through ResponseEntity: Spring would compare the new ETag with If-Match and answer 412.
		response.setHeader(HttpHeaders.ETAG, ETags.of(corrected.version()));
		return corrected;
	}

	@Operation(operationId = "publishOpportunity", summary = "Publish a draft: matching companies' users are told")
	@ApiResponse(responseCode = "200", description = "Published.", useReturnTypeSchema = true,
			headers = @Header(name = HttpHeaders.ETAG, description = "Its new version.", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Not an advisor nor a supervisor.")
	@ApiResponse(responseCode = "409", description = "Not a draft, or its deadline has passed.")
	@PostMapping("/{id}/publish")
	ResponseEntity<OpportunityView> publish(@PathVariable UUID id, CurrentUser user) {
		OpportunityView published = opportunities.publish(id, user);
		return ResponseEntity.ok().eTag(ETags.of(published.version())).body(published);
	}

	@ExceptionHandler(Opportunities.VersionRequired.class)
	ProblemDetail versionRequired() {
		return ProblemDetailsFactory.of(HttpStatus.PRECONDITION_REQUIRED,
				"Send the opportunity's version as If-Match (\"3\"), so that no one's correction is overwritten.");
	}

}
