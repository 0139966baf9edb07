package jp.procurementdesk.cases.internal;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

/**
 * Who sees which case: a company its own company's cases, an advisor the cases assigned to
 * them, a supervisor every case. The list applies the same rule in SQL ({@link CaseListSql}).
 */
final class CaseVisibility {

	private CaseVisibility() {
	}

	static boolean canSee(CurrentUser user, SupportCase supportCase) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return true;
		}
		if (user.hasRole(DeskRole.ADVISOR) && user.username().equals(supportCase.advisor())) {
			return true;
		}
		return user.hasRole(DeskRole.COMPANY) && user.companyId() != null
				&& user.companyId().equals(supportCase.companyId());
	}

}
