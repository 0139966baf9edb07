package jp.procurementdesk.identity.internal;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the token belongs to, as docs/contract.md (REST API) describes. */
@RestController
@Tag(name = "Identity", description = "Who the caller is.")
class MeController {

	private final CompanyDirectory companies;

	MeController(CompanyDirectory companies) {
		this.companies = companies;
	}

	@Operation(operationId = "getMe", summary = "Who the token belongs to: user name, roles, company")
	@GetMapping("/api/me")
	Me me(CurrentUser user) {
		List<String> roles = user.roles()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map(DeskRole::realmRole)
			.toList();
		String companyName = user.companyId() == null ? null : companies.nameOf(user.companyId()).orElse(null);
		return new Me(user.username(), roles, user.companyId(), companyName);
	}

	record Me(String username, List<String> roles, String companyId, String companyName) {
	}

}
