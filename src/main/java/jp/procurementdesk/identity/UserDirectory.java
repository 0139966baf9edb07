package jp.procurementdesk.identity;

import java.util.List;

/** The desk's staff as Keycloak knows them: who is an advisor or a supervisor. */
public interface UserDirectory {

	/** Enabled members of the role's group ({@code advisors}, {@code supervisors}), by username. */
	List<DirectoryUser> members(DeskRole role);

	default boolean hasRole(String username, DeskRole role) {
		return members(role).stream().anyMatch(user -> user.username().equals(username));
	}

	record DirectoryUser(String username, String displayName, String email) {
	}

}
