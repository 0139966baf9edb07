package jp.procurementdesk.identity;

import java.util.Optional;

/**
 * A user as Keycloak has them now, for requests that carry no token of theirs (a calendar
 * feed fetched by a calendar application): roles (directly or through the {@code advisors} and
 * {@code supervisors} groups) and {@code company_id}, read afresh, so that a role taken away or
 * a user disabled since counts at once.
 */
public interface KnownUsers {

	/**
	 * The enabled user with that username; empty when there is none, when Keycloak has them
	 * disabled, when the desk blocked them, or when their company is suspended.
	 * @throws jp.procurementdesk.shared.ServiceUnavailableException (503) when Keycloak cannot be reached
	 */
	Optional<KnownUser> byUsername(String username);

	/**
	 * @param user as a token of theirs would make them
	 * @param locale the user attribute {@code locale} (such as {@code ja}), or null when not set
	 */
	record KnownUser(CurrentUser user, String locale) {
	}

}
