package jp.procurementdesk.support;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The test Keycloak's realm as its administrator sees it (master realm's bootstrap admin),
 * to look at what the application did to users, and to prepare users as a test needs them.
 * Not the application's way in: it uses the {@code desk-admin} service account.
 */
public final class RealmAdmin {

	private static Keycloak keycloak;

	private RealmAdmin() {
	}

	public static synchronized RealmResource realm() {
		if (keycloak == null) {
			keycloak = KeycloakBuilder.builder()
				.serverUrl(DeskInfrastructure.forTests().keycloak().url())
				.realm("master")
				.clientId("admin-cli")
				.username("admin")
				.password("admin")
				.build();
		}
		return keycloak.realm(KeycloakServer.REALM);
	}

	public static Optional<UserRepresentation> user(String username) {
		return realm().users().searchByUsername(username, true).stream().findFirst();
	}

	public static List<UserRepresentation> usersWithEmail(String email) {
		return realm().users().searchByEmail(email, true);
	}

	public static UserResource resource(String username) {
		return realm().users().get(user(username).orElseThrow().getId());
	}

	/** The user's realm roles, without the realm's default role. */
	public static Set<String> realmRoles(String username) {
		return resource(username).roles()
			.realmLevel()
			.listAll()
			.stream()
			.map(RoleRepresentation::getName)
			.filter(name -> !name.startsWith("default-roles-"))
			.collect(Collectors.toSet());
	}

	/**
	 * As if the user had followed the set-password mail: password {@link DemoUsers#PASSWORD},
	 * no required action left, so that {@link Tokens} and browser sign-ins work.
	 */
	public static void setPassword(String username) {
		UserResource user = resource(username);
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(DemoUsers.PASSWORD);
		password.setTemporary(false);
		user.resetPassword(password);
		UserRepresentation representation = user.toRepresentation();
		representation.setRequiredActions(List.of());
		user.update(representation);
	}

}
