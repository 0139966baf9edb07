package jp.procurementdesk.identity;

import java.util.Set;

/**
 * Who is calling, whatever the way in (browser session or bearer token). Controllers take it
 * as a method parameter. The username ({@code preferred_username}) is the user id used
 * everywhere: Camunda assignee, advisor field, audit records.
 *
 * @param companyId set for company users only, from the token claim {@code company_id}
 */
public record CurrentUser(String username, String displayName, String email, Set<DeskRole> roles,
		String companyId) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(DeskRole role) {
		return roles.contains(role);
	}

	/** The role that decides what the user sees: supervisor over advisor over company. */
	public DeskRole primaryRole() {
		if (hasRole(DeskRole.SUPERVISOR)) {
			return DeskRole.SUPERVISOR;
		}
		return hasRole(DeskRole.ADVISOR) ? DeskRole.ADVISOR : DeskRole.COMPANY;
	}

}
