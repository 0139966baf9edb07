package jp.procurementdesk.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

/**
 * Reading and changing cases on behalf of a user. Every read applies the visibility rule:
 * a company sees its own company's cases, an advisor the cases assigned to them, a
 * supervisor all. A case the user may not see does not exist for them.
 */
public interface Cases {

	/** Opens a case for the user's company and starts its process, in one transaction. */
	CaseView open(OpenCase inquiry, CurrentUser user, String idempotencyKey);

	Optional<CaseView> find(UUID caseId, CurrentUser viewer);

	Page<CaseView> list(CaseQuery query, CurrentUser viewer);

	List<TimelineRecord> timeline(UUID caseId, CurrentUser viewer);

	/**
	 * Holds the case until the transaction ends (a row lock) and reloads it. Withdrawals, task
	 * actions and uploads on one case take turns this way, and each sees what the one before
	 * it committed: no completion after a withdrawal, no document on a closed case, no
	 * timeline record of a change that was overtaken. Call it before changing anything. No
	 * visibility check: callers check who may act.
	 */
	void holdForChange(UUID caseId);

	/** A company user withdraws its own case, or a supervisor cancels one. */
	void withdraw(UUID caseId, CurrentUser user, String reason);

	/**
	 * The opportunity a case was opened from (docs/opportunities.md); empty when none or no such
	 * case. No visibility check: for the modules that propose a task's values.
	 */
	Optional<UUID> opportunityOf(UUID caseId);

	/** Reference and company of cases, for task lists; no visibility check. */
	Map<UUID, CaseLabel> labels(Collection<UUID> caseIds);

	record CaseLabel(String reference, String companyId, String companyName, String advisor) {
	}

}
