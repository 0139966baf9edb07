package jp.procurementdesk.companies.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.companies.Colleagues;
import jp.procurementdesk.companies.Invitation;
import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The colleagues of the caller's company (docs/companies.md): its users read, its company-admin invites and disables. */
@RestController
@RequestMapping("/api/company/users")
@Tag(name = "Company")
class ColleagueController {

	private final Colleagues colleagues;

	ColleagueController(Colleagues colleagues) {
		this.colleagues = colleagues;
	}

	@Operation(operationId = "listColleagues", summary = "The users of the caller's company, enabled and disabled")
	@ApiResponse(responseCode = "200", description = "The colleagues, by username.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not a company user.")
	@GetMapping
	ColleagueList list(CurrentUser user) {
		return new ColleagueList(colleagues.list(user));
	}

	@Operation(operationId = "inviteColleague", summary = "Invite a colleague (company-admin): a new user of the "
			+ "caller's company with the role company, who gets Keycloak's set-password mail")
	@ApiResponse(responseCode = "201", description = "Invited.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not the company-admin, or the company is suspended.")
	@ApiResponse(responseCode = "409", description = "The email belongs to a user already.")
	@PostMapping
	ResponseEntity<CompanyAccount> invite(@RequestBody Invitation invitation, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(colleagues.invite(user, invitation));
	}

	@Operation(operationId = "disableColleague",
			summary = "Disable a colleague (company-admin): Keycloak refuses their sign-in, their sessions end")
	@ApiResponse(responseCode = "204", description = "Disabled.")
	@ApiResponse(responseCode = "403", description = "Not the company-admin, or the company is suspended.")
	@ApiResponse(responseCode = "409", description = "Oneself, the last company-admin, or disabled already.")
	@PostMapping("/{username}/disable")
	ResponseEntity<Void> disable(@PathVariable String username, CurrentUser user) {
		colleagues.disable(user, username);
		return ResponseEntity.noContent().build();
	}

	/** {@code {items[{username, name, email, enabled, companyAdmin}]}}, by username. */
	record ColleagueList(List<CompanyAccount> items) {
	}

}
