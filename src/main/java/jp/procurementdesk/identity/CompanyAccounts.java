package jp.procurementdesk.identity;

import java.util.List;
import java.util.Locale;

/**
 * The Keycloak users of client companies, as the desk manages them itself: created when a
 * registration is approved or a company-admin invites a colleague, disabled by a company-admin
 * or when the desk suspends a company (docs/contract.md, Companies). The only realm roles it
 * ever grants are {@code company} and {@code company-admin}, and the only {@code company_id}
 * it ever writes is the one the caller names, which callers take from the signed-in user or
 * the supervisor's decision, never from a request body.
 *
 * <p>Every method talks to Keycloak: when Keycloak cannot be reached it throws
 * {@link jp.procurementdesk.shared.ServiceUnavailableException} (503) and has
 * changed nothing that a retry would not find.
 */
public interface CompanyAccounts {

	/**
	 * The longest email a company user may have: it becomes the username, which every table
	 * that names a user (sessions, timeline, notifications, audit) holds in 100 characters.
	 */
	int USERNAME_MAX = 100;


	/**
	 * Creates an enabled user of the company (username = email, attribute {@code company_id},
	 * role {@code company}, and {@code company-admin} when asked; email verified; required
	 * action to set a password) and has Keycloak send its set-password mail. A retry after a
	 * failure finds the user it created before (same email, same company), completes roles and
	 * required action and sends the mail again; it never creates a second user. A user of the
	 * same company that exists already (a colleague invited again, even one disabled before)
	 * is treated the same way and enabled again: callers that must refuse an existing
	 * colleague check {@link #list} first. The user's language ({@code locale}: Japanese, else
	 * English) is that of the set-password mail and of Keycloak's pages for them.
	 * @throws jp.procurementdesk.shared.ConflictException (409) when the email belongs to another user (another company,
	 * or a desk user), or the user's company is suspended
	 * @throws jp.procurementdesk.shared.InvalidInputException (400, field {@code name} or {@code email}) when
	 * Keycloak's user profile refuses the value (a name with symbols such as {@code < > & $ % ! # ? ; * / = ( )})
	 */
	CompanyAccount create(String companyId, String email, String name, Locale language, boolean companyAdmin);

	/** The company's users, enabled and disabled, by username. */
	List<CompanyAccount> list(String companyId);

	/**
	 * Disables one user of the company in Keycloak and ends their sessions, in Keycloak and in
	 * the application: their next request is refused.
	 * @throws jp.procurementdesk.shared.NotFoundException when the company has no such user
	 */
	void disable(String companyId, String username);

	/**
	 * Disables every user of the company (a suspension): they cannot sign in, their sessions
	 * end, and any write of theirs is refused (403) while a token they hold lasts; reads stay
	 * possible until it expires. Users disabled one by one before stay so.
	 */
	void disableCompany(String companyId);

	/** Enables again the users that {@link #disableCompany} disabled, not those disabled one by one. */
	void enableCompany(String companyId);

	/** Whether a user was disabled by the desk: the application refuses their requests at once. */
	boolean disabled(String username);

	/** Usernames of the users whose email is at that domain (duplicates of a registration). */
	List<String> usernamesAtDomain(String emailDomain);

	/**
	 * A company's user as Keycloak knows them.
	 * @param invitationPending enabled, but has not set a password yet (the set-password mail is unanswered)
	 */
	record CompanyAccount(String username, String name, String email, boolean enabled, boolean companyAdmin,
			boolean invitationPending) {
	}

}
