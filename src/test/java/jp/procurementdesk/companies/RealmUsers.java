package jp.procurementdesk.companies;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.procurementdesk.support.RealmAdmin;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The test realm's users as Keycloak itself holds them, through its admin API as the master
 * realm's admin ({@link RealmAdmin}, not the application's desk-admin client): what a request
 * of the desk really did to a user (roles, groups, attributes), and the few test set-ups the
 * desk has no endpoint for.
 */
final class RealmUsers implements AutoCloseable {

	Optional<UserRepresentation> find(String username) {
		return RealmAdmin.user(username);
	}

	/** Any user whose username or email is that address. */
	boolean exists(String email) {
		return find(email).isPresent() || !RealmAdmin.usersWithEmail(email).isEmpty();
	}

	/** The realm roles the user holds directly (not the composite default roles). */
	List<String> realmRoles(String username) {
		return user(username).roles()
			.realmLevel()
			.listAll()
			.stream()
			.map(RoleRepresentation::getName)
			.filter(role -> !role.startsWith("default-roles-"))
			.sorted()
			.toList();
	}

	/** Every realm role the user has, composites (groups, default roles) included. */
	List<String> effectiveRealmRoles(String username) {
		return user(username).roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName).sorted().toList();
	}

	List<String> groups(String username) {
		return user(username).groups().stream().map(group -> group.getName()).toList();
	}

	Map<String, List<String>> attributes(String username) {
		Map<String, List<String>> attributes = user(username).toRepresentation().getAttributes();
		return attributes == null ? Map.of() : attributes;
	}

	boolean enabled(String username) {
		return user(username).toRepresentation().isEnabled();
	}

	/** Lets a test sign in as an invited colleague: a password, and no required action left. */
	void givePassword(String username, String password) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		UserResource user = user(username);
		user.resetPassword(credential);
		UserRepresentation representation = user.toRepresentation();
		representation.setRequiredActions(List.of());
		user.update(representation);
	}

	void grantRealmRole(String username, String role) {
		user(username).roles().realmLevel().add(List.of(realmRole(role)));
	}

	void revokeRealmRole(String username, String role) {
		user(username).roles().realmLevel().remove(List.of(realmRole(role)));
	}

	void setEnabled(String username, boolean enabled) {
		UserResource user = user(username);
		UserRepresentation representation = user.toRepresentation();
		representation.setEnabled(enabled);
		user.update(representation);
	}

	private RoleRepresentation realmRole(String role) {
		return RealmAdmin.realm().roles().get(role).toRepresentation();
	}

	private UserResource user(String username) {
		String id = find(username).orElseThrow(() -> new AssertionError("No Keycloak user " + username)).getId();
		return RealmAdmin.realm().users().get(id);
	}

	/**
	 * Removes every user a test invited with a {@link ColleaguesIT#fresh} address, so that the
	 * tests after it meet the demo companies' own users only (the notifications' recipients).
	 */
	void removeFresh() {
		RealmAdmin.realm()
			.users()
			// The email parameter is an infix search; the free-text one would be a prefix search.
			.search(null, null, null, ColleaguesIT.FRESH_DOMAIN, 0, 1000)
			.stream()
			.filter(user -> user.getEmail() != null && user.getEmail().endsWith(ColleaguesIT.FRESH_DOMAIN))
			.forEach(user -> RealmAdmin.realm().users().delete(user.getId()).close());
	}

	/** Removes the users the tests invited; the admin client is the one of {@link RealmAdmin}, shared by the JVM. */
	@Override
	public void close() {
		removeFresh();
	}

}
