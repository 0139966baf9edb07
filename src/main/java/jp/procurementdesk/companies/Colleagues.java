package jp.procurementdesk.companies;

import java.util.List;

import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.identity.CurrentUser;

/**
 * The Keycloak users of the caller's own company (docs/companies.md, Colleagues): any of its
 * users sees them; its company-admin invites and disables them. Each change is audited.
 */
public interface Colleagues {

	/** @throws jp.procurementdesk.shared.ForbiddenException (403) for anyone but a company user */
	List<CompanyAccount> list(CurrentUser user);

	/**
	 * A new user of the caller's company with the role {@code company} only, who gets
	 * Keycloak's set-password mail.
	 * @throws jp.procurementdesk.shared.ConflictException (409) when the email belongs to a user already
	 */
	CompanyAccount invite(CurrentUser user, Invitation invitation);

	/**
	 * Disables a colleague in Keycloak and ends their sessions.
	 * @throws jp.procurementdesk.shared.NotFoundException (404) when the company has no such user
	 * @throws jp.procurementdesk.shared.ConflictException (409) for oneself, the last company-admin, or one
	 * disabled already
	 */
	void disable(CurrentUser user, String username);

}
