package jp.procurementdesk.opportunities;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/**
 * The filters of {@code GET /api/opportunities} (docs/opportunities.md, Listing). Null or false:
 * no filter.
 *
 * @param category the opportunities for that category, including those for every category
 * @param q case-insensitive text in the title, summary or notice id
 * @param matching for a company user: only those matching its company's interests
 * @param includeClosed for a company user: closed ones too (the desk sees every status)
 */
public record OpportunityQuery(OpportunityKind kind, ProductCategory category, TargetAgency agency, String q,
		boolean matching, boolean includeClosed, int page, int size) {

	public static OpportunityQuery all(int page, int size) {
		return new OpportunityQuery(null, null, null, null, false, false, page, size);
	}

}
