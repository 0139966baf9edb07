package jp.procurementdesk.cases;

/**
 * Filters of the case list.
 *
 * @param status only cases in this status, or all
 * @param text part of the reference, product name or company name, or null
 * @param breachedOnly only open cases with at least one SLA breach
 * @param companyId only the cases of this company (among those the viewer sees), or all
 */
public record CaseQuery(CaseStatus status, String text, boolean breachedOnly, String companyId, int page, int size) {

	public CaseQuery(CaseStatus status, String text, boolean breachedOnly, int page, int size) {
		this(status, text, breachedOnly, null, page, size);
	}

	public CaseQuery(CaseStatus status, String text, int page, int size) {
		this(status, text, false, null, page, size);
	}

}
