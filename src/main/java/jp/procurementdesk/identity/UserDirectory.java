package jp.procurementdesk.identity;

import java.util.List;
import java.util.Optional;

/**
 * The desk's users as Keycloak knows them: who is an advisor or a supervisor, who works for
 * a company, and where to write to them.
 */
public interface UserDirectory {

	/** Enabled members of the role's group ({@code advisors}, {@code supervisors}), by username. */
	List<DirectoryUser> members(DeskRole role);

	default boolean hasRole(String username, DeskRole role) {
		return members(role).stream().anyMatch(user -> user.username().equals(username));
	}

	/** Enabled users whose attribute {@code company_id} is that company, by username. */
	List<DirectoryUser> companyUsers(String companyId);

	/** An enabled user by username. */
	Optional<DirectoryUser> user(String username);

	/**
	 * An enabled user whose email is this address (any case), whatever their username: a
	 * company's registration must not create a second user of an address.
	 */
	Optional<DirectoryUser> byEmail(String email);

	/**
	 * @param email null when Keycloak has none
	 * @param locale the user attribute {@code locale} (such as {@code ja}), or null when not set
	 */
	record DirectoryUser(String username, String displayName, String email, String locale) {

		public DirectoryUser(String username, String displayName, String email) {
			this(username, displayName, email, null);
		}

	}

}
