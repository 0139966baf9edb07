package jp.procurementdesk.tasks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.tasks.TaskFilter;

/**
 * The statements of one task-list request over {@code desk.open_task}: who may see what as
 * one predicate, then the filters, in an order the indexes of V5 serve. Package-private so
 * that the query-plan test explains the very text the list runs.
 *
 * @param where the visibility predicate and the filters, with named parameters
 * @param orderBy the list order, {@code task_id} last so that pages never overlap
 */
record TaskListSql(String where, String orderBy, int limit, long offset, Map<String, Object> params) {

	static final String COLUMNS = "task_id, case_id, task_key, name, assignee, candidate_groups, case_reference, "
			+ "company_name, created_at, due_at";

	static final String BY_CREATED = "created_at, task_id";

	/** Soonest first, undated last (as Camunda's ascending due date order on PostgreSQL). */
	static final String BY_DUE = "due_at nulls last, created_at, task_id";

	static TaskListSql of(TaskFilter filter, CurrentUser user, Instant now) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		conditions.add(visibleTo(user, params));
		if (filter.caseId() != null) {
			conditions.add("case_id = :caseId");
			params.put("caseId", filter.caseId());
		}
		if (filter.key() != null) {
			conditions.add("task_key = :key");
			params.put("key", filter.key());
		}
		if (filter.assignment() == TaskFilter.Assignment.ME) {
			conditions.add("assignee = :me");
			params.put("me", user.username());
		}
		else if (filter.assignment() == TaskFilter.Assignment.POOL) {
			conditions.add("assignee is null");
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			conditions.add("due_at < :now");
			params.put("now", Timestamp.from(now));
		}
		String orderBy = filter.sort() == TaskFilter.Sort.DUE ? BY_DUE : BY_CREATED;
		return new TaskListSql(String.join(" and ", conditions), orderBy, filter.size(),
				(long) filter.page() * filter.size(), params);
	}

	/**
	 * The rule of {@link TaskAccess#visibleTo} as the list applied it on the engine: supervisors
	 * all; advisors their own tasks and the unassigned ones of the advisors' group (Camunda's
	 * candidate-group match leaves assigned tasks out); anyone else the tasks of their
	 * company's group, assigned or not.
	 */
	private static String visibleTo(CurrentUser user, Map<String, Object> params) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return "true";
		}
		if (user.hasRole(DeskRole.ADVISOR)) {
			params.put("me", user.username());
			params.put("advisors", Groups.ADVISORS);
			return "(assignee = :me or pool_groups @> array[cast(:advisors as varchar)])";
		}
		if (user.companyId() == null) {
			return "false";
		}
		params.put("companyGroup", CompanyGroups.of(user.companyId()));
		return "candidate_groups @> array[cast(:companyGroup as varchar)]";
	}

	String page() {
		return "select " + COLUMNS + " from desk.open_task where " + where + " order by " + orderBy + " limit " + limit
				+ " offset " + offset;
	}

	String count() {
		return "select count(*) from desk.open_task where " + where;
	}

}
