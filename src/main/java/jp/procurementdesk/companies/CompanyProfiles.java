package jp.procurementdesk.companies;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The profile of the caller's own company (docs/companies.md): any of its users reads it, its
 * company-admin changes it. Each change is recorded in the company's audit trail with the old
 * and new values.
 */
public interface CompanyProfiles {

	/** @throws jp.procurementdesk.shared.ForbiddenException (403) for anyone but a company user */
	CompanyProfile own(CurrentUser user);

	/**
	 * Replaces the editable fields of the profile.
	 * @param version the {@link CompanyProfile#version()} the change was made on
	 * @throws jp.procurementdesk.shared.ForbiddenException (403) for anyone but the company-admin
	 * @throws jp.procurementdesk.shared.ConflictException (409) when the profile changed since that version
	 * @throws jp.procurementdesk.shared.InvalidInputException (400) naming each refused field; nothing changed
	 */
	CompanyProfile change(CurrentUser user, long version, ProfileChange change);

}
