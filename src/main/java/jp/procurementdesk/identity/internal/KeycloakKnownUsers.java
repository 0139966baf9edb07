package jp.procurementdesk.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.KnownUsers;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.stereotype.Component;

/**
 * Builds a {@link CurrentUser} the way a token would carry it, from Keycloak's admin API
 * (service account of {@code desk-admin}): the user's effective realm roles (groups included)
 * and the attribute {@code company_id}, which only company users keep, as in
 * {@link KeycloakClaims}. Not cached: a disabled user's next feed is refused.
 */
@Component
class KeycloakKnownUsers implements KnownUsers {

	private final CompanyUsers users;

	private final KeycloakAdmin keycloak;

	private final AccountBlocks blocks;

	private final CompanyDirectory companies;

	KeycloakKnownUsers(CompanyUsers users, KeycloakAdmin keycloak, AccountBlocks blocks, CompanyDirectory companies) {
		this.users = users;
		this.keycloak = keycloak;
		this.blocks = blocks;
		this.companies = companies;
	}

	@Override
	public Optional<KnownUser> byUsername(String username) {
		if (username == null || username.isBlank() || blocks.reasonOf(username).isPresent()) {
			return Optional.empty();
		}
		Optional<UserRepresentation> found = users.byUsername(username)
			.filter(user -> Boolean.TRUE.equals(user.isEnabled()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		UserRepresentation user = found.get();
		Set<DeskRole> roles = roles(user);
		String companyId = roles.contains(DeskRole.COMPANY) ? CompanyUsers.companyIdOf(user) : null;
		if (companyId != null && companies.suspended(companyId)) {
			return Optional.empty();
		}
		String name = (Objects.requireNonNullElse(user.getFirstName(), "") + " "
				+ Objects.requireNonNullElse(user.getLastName(), "")).strip();
		CurrentUser current = new CurrentUser(user.getUsername(), name.isEmpty() ? user.getUsername() : name,
				user.getEmail(), roles, companyId);
		return Optional.of(new KnownUser(current, attribute(user, "locale")));
	}

	private static String attribute(UserRepresentation user, String name) {
		List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(name);
		return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
	}

	private Set<DeskRole> roles(UserRepresentation user) {
		Set<DeskRole> roles = EnumSet.noneOf(DeskRole.class);
		keycloak
			.call("read effective roles of " + user.getUsername(),
					() -> keycloak.realm().users().get(user.getId()).roles().realmLevel().listEffective())
			.stream()
			.map(RoleRepresentation::getName)
			.map(DeskRole::ofRealmRole)
			.flatMap(Optional::stream)
			.forEach(roles::add);
		return roles;
	}

}
