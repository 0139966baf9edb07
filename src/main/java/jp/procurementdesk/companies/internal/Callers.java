package jp.procurementdesk.companies.internal;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;

/**
 * Who may do what with companies (docs/companies.md): a company's users read their own
 * company, its company-admin changes it, supervisors oversee them all. The company is always
 * the one of the caller's token, never one a request names.
 */
final class Callers {

	private Callers() {
	}

	/** The caller's own company; 403 for anyone but a company user. */
	static String companyOf(CurrentUser user) {
		if (!user.hasRole(DeskRole.COMPANY) || user.companyId() == null) {
			throw new ForbiddenException("Only the users of a company see its profile, colleagues and products.");
		}
		return user.companyId();
	}

	/** The company the caller administers; 403 for anyone but its company-admin. */
	static String administeredBy(CurrentUser user) {
		String companyId = companyOf(user);
		if (!user.hasRole(DeskRole.COMPANY_ADMIN)) {
			throw new ForbiddenException("Only the company-admin changes the company's profile, colleagues and products.");
		}
		return companyId;
	}

	/** 403 for anyone but a supervisor. */
	static void supervisor(CurrentUser user) {
		if (!user.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("Only supervisors oversee the companies.");
		}
	}

}
