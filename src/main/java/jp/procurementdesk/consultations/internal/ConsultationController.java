package jp.procurementdesk.consultations.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.consultations.ConsultationView;
import jp.procurementdesk.consultations.Consultations;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ETags;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation records of a case (docs/consultations.md). A record's {@code version} travels
 * as its {@code ETag}; a correction sends it back as {@code If-Match} and answers 409 when the
 * record was corrected meanwhile.
 */
@RestController
@RequestMapping("/api/cases/{id}/consultations")
@Tag(name = "Consultations", description = "What the desk records of its consultations with a company on a case.")
class ConsultationController {

	private final Consultations consultations;

	ConsultationController(Consultations consultations) {
		this.consultations = consultations;
	}

	@Operation(operationId = "listConsultations", summary = "The consultation records of a case, newest first")
	@GetMapping
	Page<ConsultationView> list(@PathVariable UUID id, CurrentUser user) {
		List<ConsultationView> records = consultations.list(id, user);
		return new Page<>(records, 0, records.size(), records.size());
	}

	@Operation(operationId = "recordConsultation", summary = "Record a consultation (the case's advisor, supervisors)")
	@ApiResponse(responseCode = "201", description = "Recorded.", useReturnTypeSchema = true, headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The case's records.", schema = @Schema(format = "uri-reference")),
			@Header(name = HttpHeaders.ETAG, description = "The record's version, for If-Match.", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "403", description = "Not the case's advisor nor a supervisor.")
	@PostMapping
	ResponseEntity<ConsultationView> record(@PathVariable UUID id, @RequestBody ConsultationInput input,
			CurrentUser user) {
		ConsultationView recorded = consultations.record(id, input, user);
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/consultations"))
			.eTag(ETags.of(recorded.version()))
			.body(recorded);
	}

	@Operation(operationId = "correctConsultation", summary = "Correct a consultation record (its author, within 7 days)",
			parameters = @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
					description = "The record's version (its `version`, or the ETag of the answer that recorded it).",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "200", description = "Corrected (or nothing to correct): the record.",
			useReturnTypeSchema = true, headers = @Header(name = HttpHeaders.ETAG, description = "The record's new version.",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Not the record's author.")
	@ApiResponse(responseCode = "409", description = "Recorded more than 7 days ago, or corrected since that version; nothing changed.")
	@ApiResponse(responseCode = "428", description = "No If-Match header.")
	@PutMapping("/{consultationId}")
	ConsultationView correct(@PathVariable UUID id, @PathVariable UUID consultationId,
			@RequestBody ConsultationInput input, CurrentUser user,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletResponse response) {
		Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.version(ifMatch, "consultation-etag");
		ConsultationView corrected = consultations.correct(id, consultationId, version, input, user);
		// Not through ResponseEntity: Spring would compare the new ETag with If-Match and answer 412.
		response.setHeader(HttpHeaders.ETAG, ETags.of(corrected.version()));
		return corrected;
	}

	@ExceptionHandler(Consultations.VersionRequired.class)
	ProblemDetail versionRequired() {
		return ProblemDetailsFactory.of(HttpStatus.PRECONDITION_REQUIRED,
				"Send the record's version as If-Match (\"3\"), so that no one's correction is overwritten.");
	}

}
