package jp.procurementdesk.tasks.internal;

import java.util.List;

import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.process.ProcessModel.Groups;

/** Who sees and who may act on a task, from its assignee and candidate groups. */
record TaskAccess(String assignee, List<String> candidateGroups) {

	boolean isCompanyTask() {
		return candidateGroups.stream().anyMatch(CompanyGroups::isCompanyGroup);
	}

	boolean visibleTo(CurrentUser user) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return true;
		}
		if (user.hasRole(DeskRole.ADVISOR) && (user.username().equals(assignee)
				|| (assignee == null && candidateGroups.contains(Groups.ADVISORS)))) {
			return true;
		}
		return ownCompany(user);
	}

	/** May the user complete it now (possibly claiming it first)? */
	boolean actionableBy(CurrentUser user) {
		if (isCompanyTask()) {
			return ownCompany(user);
		}
		if (assignee != null) {
			return assignee.equals(user.username());
		}
		return inCandidateGroup(user);
	}

	/** Assigned to someone else, while the user would otherwise be one who may do it. */
	boolean takenByOther(CurrentUser user) {
		return !isCompanyTask() && assignee != null && !assignee.equals(user.username())
				&& (inCandidateGroup(user) || user.hasRole(DeskRole.SUPERVISOR));
	}

	boolean inCandidateGroup(CurrentUser user) {
		return (user.hasRole(DeskRole.SUPERVISOR) && candidateGroups.contains(Groups.SUPERVISORS))
				|| (user.hasRole(DeskRole.ADVISOR) && candidateGroups.contains(Groups.ADVISORS));
	}

	private boolean ownCompany(CurrentUser user) {
		return user.hasRole(DeskRole.COMPANY) && user.companyId() != null
				&& candidateGroups.contains(CompanyGroups.of(user.companyId()));
	}

}
