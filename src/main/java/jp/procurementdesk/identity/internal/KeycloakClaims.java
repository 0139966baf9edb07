package jp.procurementdesk.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Reads Keycloak's claims: realm roles from {@code realm_access.roles}, the tenant from
 * {@code company_id}, the user id from {@code preferred_username}. Only the desk's own realm
 * roles become authorities; Keycloak's defaults (offline_access, ...) are ignored.
 */
final class KeycloakClaims {

	static final String USERNAME = "preferred_username";

	static final String COMPANY_ID = "company_id";

	private KeycloakClaims() {
	}

	static Set<DeskRole> roles(ClaimAccessor claims) {
		Map<String, Object> realmAccess = claims.getClaimAsMap("realm_access");
		if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> names)) {
			return Set.of();
		}
		Set<DeskRole> roles = EnumSet.noneOf(DeskRole.class);
		names.stream()
			.map(String::valueOf)
			.map(DeskRole::ofRealmRole)
			.flatMap(Optional::stream)
			.forEach(roles::add);
		return roles;
	}

	static List<GrantedAuthority> authorities(ClaimAccessor claims) {
		return roles(claims).stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	/** The user as seen through token claims and the authorities already granted. */
	static CurrentUser currentUser(ClaimAccessor claims, Collection<? extends GrantedAuthority> authorities) {
		Set<DeskRole> roles = authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.map(DeskRole::ofAuthority)
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DeskRole.class)));
		String username = claims.getClaimAsString(USERNAME);
		String name = Objects.requireNonNullElse(claims.getClaimAsString("name"), username);
		String companyId = roles.contains(DeskRole.COMPANY) ? claims.getClaimAsString(COMPANY_ID) : null;
		return new CurrentUser(username, name, claims.getClaimAsString("email"), roles, companyId);
	}

}
