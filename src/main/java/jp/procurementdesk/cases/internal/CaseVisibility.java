package jp.procurementdesk.cases.internal;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

import org.springframework.data.jpa.domain.Specification;

/**
 * Who sees which case: a company its own company's cases, an advisor the cases assigned to
 * them, a supervisor every case. The same rule as a predicate and as a query.
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

	static Specification<SupportCase> visibleTo(CurrentUser user) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return (root, query, cb) -> cb.conjunction();
		}
		Specification<SupportCase> none = (root, query, cb) -> cb.disjunction();
		Specification<SupportCase> visible = none;
		if (user.hasRole(DeskRole.ADVISOR)) {
			visible = visible.or((root, query, cb) -> cb.equal(root.get("advisor"), user.username()));
		}
		if (user.hasRole(DeskRole.COMPANY) && user.companyId() != null) {
			visible = visible.or((root, query, cb) -> cb.equal(root.get("companyId"), user.companyId()));
		}
		return visible;
	}

}
