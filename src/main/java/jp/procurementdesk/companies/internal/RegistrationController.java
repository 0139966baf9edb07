package jp.procurementdesk.companies.internal;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jp.procurementdesk.companies.RegistrationReceipt;
import jp.procurementdesk.companies.RegistrationRequest;
import jp.procurementdesk.companies.RegistrationView;
import jp.procurementdesk.companies.Registrations;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's registration (docs/companies.md, Registration): registering and verifying
 * without a token, reading the registrations for supervisors. The client address is the
 * servlet container's, which names the trusted proxy's client only for a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}, docs/security.md).
 */
@RestController
@RequestMapping("/api/registrations")
@Tag(name = "Registrations", description = "A company joins the desk: registration, verification, the review.")
class RegistrationController {

	private final Registrations registrations;

	RegistrationController(Registrations registrations) {
		this.registrations = registrations;
	}

	@Operation(operationId = "register", summary = "Register a company (no sign-in)")
	@SecurityRequirements
	@ApiResponse(responseCode = "202", description = "Accepted: a mail goes to the contact. The same answer whether "
			+ "or not the address is known.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "429", description = "Too many registrations from this address this hour.",
			headers = @Header(name = "Retry-After", description = "Seconds until the next registration is accepted.",
					schema = @Schema(type = "integer")))
	@PostMapping
	ResponseEntity<RegistrationReceipt> register(@RequestBody RegistrationRequest request, Locale locale,
			HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(registrations.register(request, locale, http.getRemoteAddr()));
	}

	@Operation(operationId = "verifyRegistration", summary = "Verify the contact's address with the mailed token "
			+ "(no sign-in)")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "Verified: the registration awaits review.",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "The token is unknown, was used already or has expired (one "
			+ "and the same answer).")
	@PostMapping("/verify")
	RegistrationReceipt verify(@RequestBody VerificationToken body) {
		return registrations.verify(body.token());
	}

	@Operation(operationId = "listRegistrations", summary = "Registrations awaiting review, oldest first "
			+ "(supervisors)")
	@ApiResponse(responseCode = "403", description = "Only supervisors review registrations.")
	@GetMapping
	Page<RegistrationView> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return registrations.awaitingReview(page, size, user);
	}

	@Operation(operationId = "getRegistration", summary = "A registration with its possible duplicates and its "
			+ "open review task (supervisors)")
	@ApiResponse(responseCode = "403", description = "Only supervisors review registrations.")
	@GetMapping("/{id}")
	RegistrationView get(@PathVariable UUID id, CurrentUser user) {
		return registrations.get(id, user);
	}

	/** @param token the token of the mailed link */
	record VerificationToken(String token) {
	}

}
