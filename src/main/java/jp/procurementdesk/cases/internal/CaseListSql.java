package jp.procurementdesk.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

/**
 * The statements of one case-list request: the visibility rule of {@link CaseVisibility} as
 * one predicate, then the filters. Without a search the page is read straight off the list
 * order indexes of V6; with one, the matching cases are found first (trigram indexes) and
 * only they are sorted: the planner would otherwise walk the order index and filter row by
 * row, which costs most when few cases match. Package-private for the query-plan test.
 *
 * @param where the visibility predicate and the filters, with named parameters
 */
record CaseListSql(String where, boolean search, int limit, long offset, Map<String, Object> params) {

	static final String COLUMNS = "c.id, c.reference, c.company_id, c.company_name, c.product_name, c.product_category, "
			+ "c.product_id, c.opportunity_id, c.kind, c.summary, c.status, c.outcome, c.advisor, c.opened_at, c.closed_at";

	/** The collections of a case, as arrays beside its row: one statement for the page. */
	static final String COLLECTIONS = """
			array(select p.pathway from desk.case_pathway p where p.case_id = c.id) as pathways,
			array(select a.agency from desk.case_target_agency a where a.case_id = c.id) as agencies,
			array(select o.pathway || '=' || o.outcome from desk.case_pathway_outcome o where o.case_id = c.id) as outcomes""";

	static final String ORDER = "opened_at desc, reference desc";

	static CaseListSql of(CaseQuery query, CurrentUser user) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		conditions.add(visibleTo(user, params));
		if (query.status() != null) {
			conditions.add("c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.companyId() != null && !query.companyId().isBlank()) {
			conditions.add("c.company_id = :filterCompany");
			params.put("filterCompany", query.companyId());
		}
		if (query.breachedOnly()) {
			conditions.add("c.status <> 'CLOSED' and exists (select 1 from desk.case_sla_breach b where b.case_id = c.id)");
		}
		boolean search = query.text() != null && !query.text().isBlank();
		if (search) {
			conditions.add("(lower(c.reference) like :text escape '\\' or lower(c.product_name) like :text escape '\\'"
					+ " or lower(c.company_name) like :text escape '\\')");
			params.put("text", "%" + query.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		return new CaseListSql(String.join(" and ", conditions), search, query.size(),
				(long) query.page() * query.size(), params);
	}

	private static String visibleTo(CurrentUser user, Map<String, Object> params) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return "true";
		}
		List<String> visible = new ArrayList<>();
		if (user.hasRole(DeskRole.ADVISOR)) {
			visible.add("c.advisor = :me");
			params.put("me", user.username());
		}
		if (user.hasRole(DeskRole.COMPANY) && user.companyId() != null) {
			visible.add("c.company_id = :company");
			params.put("company", user.companyId());
		}
		return visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")";
	}

	/** The page's case ids, in list order. */
	String pageIds() {
		if (search) {
			// "offset 0" keeps the planner from turning the sort into a filtered walk of the order index.
			return "select id from (select c.id, c.opened_at, c.reference from desk.support_case c where " + where
					+ " offset 0) m order by " + ORDER + " limit " + limit + " offset " + offset;
		}
		return "select c.id from desk.support_case c where " + where + " order by " + ORDER + " limit " + limit
				+ " offset " + offset;
	}

	/** The page's rows with their collections, for the ids of {@link #pageIds()}. */
	static String rows() {
		return "select " + COLUMNS + ", " + COLLECTIONS + " from desk.support_case c where c.id in (:ids)";
	}

	static String breaches() {
		return "select case_id, kind, at, task_key from desk.case_sla_breach where case_id in (:ids)"
				+ " order by case_id, position";
	}

	String count() {
		return "select count(*) from desk.support_case c where " + where;
	}

}
