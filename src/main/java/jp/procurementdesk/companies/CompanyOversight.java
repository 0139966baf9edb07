package jp.procurementdesk.companies;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

/**
 * The supervisors' view of every company (docs/companies.md, Supervisors): the list, a
 * company with its users, cases and audit trail, and suspension. A suspended company's users
 * are disabled in Keycloak and get 403 on any write; the desk still reads its cases.
 * Everything answers 403 for anyone but a supervisor.
 */
public interface CompanyOversight {

	/** By name. */
	Page<CompanySummary> search(CompanySearch search, CurrentUser user);

	/** @throws jp.procurementdesk.shared.NotFoundException (404) when there is no such company */
	CompanyDetail detail(String companyId, CurrentUser user);

	/** @throws jp.procurementdesk.shared.ConflictException (409) when it is suspended already */
	void suspend(String companyId, Reason reason, CurrentUser user);

	/** @throws jp.procurementdesk.shared.ConflictException (409) when it is active already */
	void reactivate(String companyId, Reason reason, CurrentUser user);

}
