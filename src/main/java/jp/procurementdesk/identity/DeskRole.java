package jp.procurementdesk.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of docs/contract.md (Roles and users), as Spring Security authorities ({@code ROLE_company}, ...). */
public enum DeskRole {

	COMPANY("company"), ADVISOR("advisor"), SUPERVISOR("supervisor"),

	/**
	 * A company user who manages the company's profile, colleagues and products; always held
	 * together with {@link #COMPANY}.
	 */
	COMPANY_ADMIN("company-admin");

	private final String realmRole;

	DeskRole(String realmRole) {
		this.realmRole = realmRole;
	}

	/** The role name in Keycloak and in {@code GET /api/me}. */
	public String realmRole() {
		return realmRole;
	}

	public String authority() {
		return "ROLE_" + realmRole;
	}

	public static Optional<DeskRole> ofRealmRole(String name) {
		return Arrays.stream(values()).filter(role -> role.realmRole.equals(name)).findFirst();
	}

	public static Optional<DeskRole> ofAuthority(String authority) {
		return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
	}

}
