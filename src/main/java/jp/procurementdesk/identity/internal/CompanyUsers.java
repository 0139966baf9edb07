package jp.procurementdesk.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.procurementdesk.identity.DeskRole;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.stereotype.Component;

/**
 * Reads company users from Keycloak's admin API (service account of {@code desk-admin}): by
 * username or email (exact), by company (attribute {@code company_id}), and their realm roles.
 */
@Component
class CompanyUsers {

	static final String COMPANY_ID = "company_id";

	/** More users than any company has; the admin API pages by 100 otherwise. */
	private static final int MAX = 1000;

	private final KeycloakAdmin keycloak;

	CompanyUsers(KeycloakAdmin keycloak) {
		this.keycloak = keycloak;
	}

	Optional<UserRepresentation> byUsername(String username) {
		String wanted = username.toLowerCase(Locale.ROOT);
		return keycloak.call("find user " + wanted, () -> keycloak.realm().users().searchByUsername(wanted, true))
			.stream()
			.filter(user -> wanted.equals(user.getUsername()))
			.findFirst();
	}

	/** The user with that username or, failing that, that email (both unique in the realm). */
	Optional<UserRepresentation> byUsernameOrEmail(String address) {
		String wanted = address.toLowerCase(Locale.ROOT);
		return byUsername(wanted).or(() -> keycloak
			.call("find user by email", () -> keycloak.realm().users().searchByEmail(wanted, true))
			.stream()
			.filter(user -> user.getEmail() != null && wanted.equalsIgnoreCase(user.getEmail()))
			.findFirst());
	}

	/** The company's users, enabled and disabled, with their attributes, by username. */
	List<UserRepresentation> ofCompany(String companyId) {
		return keycloak
			.call("list users of " + companyId,
					() -> keycloak.realm().users().searchByAttributes(0, MAX, null, true, false, COMPANY_ID + ":" + companyId))
			.stream()
			.filter(user -> companyId.equals(companyIdOf(user)))
			.sorted(java.util.Comparator.comparing(UserRepresentation::getUsername))
			.toList();
	}

	/** Users whose email contains the text (Keycloak's search is a substring search), up to {@value #MAX}. */
	List<UserRepresentation> withEmailContaining(String text) {
		return keycloak.call("search users by email",
				() -> keycloak.realm().users().search(null, null, null, text, 0, MAX));
	}

	boolean isCompanyAdmin(UserRepresentation user) {
		return realmRoles(user).contains(DeskRole.COMPANY_ADMIN.realmRole());
	}

	List<String> realmRoles(UserRepresentation user) {
		return keycloak
			.call("read roles of " + user.getUsername(),
					() -> keycloak.realm().users().get(user.getId()).roles().realmLevel().listAll())
			.stream()
			.map(RoleRepresentation::getName)
			.toList();
	}

	/** Has not set a password yet: the set-password mail is still unanswered. */
	static boolean passwordPending(UserRepresentation user) {
		return user.getRequiredActions() != null && user.getRequiredActions().contains(AccountCreation.UPDATE_PASSWORD);
	}

	static String companyIdOf(UserRepresentation user) {
		List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(COMPANY_ID);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

}
