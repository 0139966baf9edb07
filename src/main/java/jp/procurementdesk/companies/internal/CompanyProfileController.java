package jp.procurementdesk.companies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.companies.CompanyProfile;
import jp.procurementdesk.companies.CompanyProfiles;
import jp.procurementdesk.companies.ProfileChange;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.ProblemDetailsFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's company profile (docs/companies.md): read by its users, changed by its
 * company-admin. The profile's version travels as the {@code ETag}; a change sends it back as
 * {@code If-Match} and answers 409 when the profile changed meanwhile.
 */
@RestController
@RequestMapping("/api/company")
@Tag(name = "Company", description = "The caller's own company: profile, colleagues and product register.")
class CompanyProfileController {

	private final CompanyProfiles profiles;

	CompanyProfileController(CompanyProfiles profiles) {
		this.profiles = profiles;
	}

	@Operation(operationId = "getCompanyProfile", summary = "The profile of the caller's company (company users)")
	@ApiResponse(responseCode = "200", description = "The profile.", useReturnTypeSchema = true,
			headers = @Header(name = HttpHeaders.ETAG, description = "The profile's version, for If-Match.",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Not a company user.")
	@GetMapping
	ResponseEntity<CompanyProfile> get(CurrentUser user) {
		CompanyProfile profile = profiles.own(user);
		return ResponseEntity.ok().eTag(ETags.of(profile.version())).body(profile);
	}

	@Operation(operationId = "changeCompanyProfile",
			summary = "Change the profile and interests (company-admin); not id, status or corporateNumber",
			parameters = @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
					description = "The ETag of the profile the change was made on.", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "200", description = "Changed (or nothing to change): the profile.",
			useReturnTypeSchema = true, headers = @Header(name = HttpHeaders.ETAG,
					description = "The profile's new version.", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "Not the company-admin, or the company is suspended.")
	@ApiResponse(responseCode = "409", description = "The profile changed since that ETag; nothing was changed.")
	@ApiResponse(responseCode = "428", description = "No If-Match header.")
	@PutMapping
	CompanyProfile change(@RequestBody ProfileChange change, CurrentUser user,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletResponse response) {
		Callers.administeredBy(user);
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		CompanyProfile changed = profiles.change(user, ETags.version(ifMatch), change);
		// Not through ResponseEntity: Spring would compare the new ETag with If-Match and answer 412.
		response.setHeader(HttpHeaders.ETAG, ETags.of(changed.version()));
		return changed;
	}

	@ExceptionHandler(PreconditionRequired.class)
	ProblemDetail preconditionRequired() {
		return ProblemDetailsFactory.of(HttpStatus.PRECONDITION_REQUIRED,
				"Send the profile's ETag (from GET /api/company) as If-Match, so that no one's change is overwritten.");
	}

	/** A change without If-Match: 428. */
	static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match required");
		}

	}

	/** The profile's version as an entity tag: {@code "7"}. */
	static final class ETags {

		private ETags() {
		}

		static String of(long version) {
			return "\"" + version + "\"";
		}

		/** The version of an If-Match value ({@code "7"}, {@code W/"7"}); 400 for anything else. */
		static long version(String ifMatch) {
			String tag = ifMatch.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.length() > 2 && tag.length() <= 21 && tag.startsWith("\"") && tag.endsWith("\"")) {
				try {
					return Long.parseLong(tag.substring(1, tag.length() - 1));
				}
				catch (NumberFormatException notOurs) {
					// refused below
				}
			}
			throw InvalidInputException.of(HttpHeaders.IF_MATCH, "company-etag");
		}

	}

}
