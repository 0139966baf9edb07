package jp.procurementdesk.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.OpenCase;

/** What the timeline's {@code CASE_OPENED} record keeps of an opened case. */
final class OpeningRecord {

	private OpeningRecord() {
	}

	/**
	 * The inquiry as the case took it; the product of the register and the opportunity the case
	 * was opened from (docs/opportunities.md) when there are.
	 */
	static Map<String, Object> details(CaseView opened, OpenCase inquiry) {
		Map<String, Object> details = new LinkedHashMap<>(Map.of("reference", opened.reference(), "productName",
				opened.productName(), "productCategory", opened.productCategory(), "pathways", opened.pathways(),
				"targetAgencies", opened.targetAgencies(), "summary", opened.summary()));
		if (opened.productId() != null) {
			details.put("productId", opened.productId());
		}
		details.put("kind", opened.kind());
		if (inquiry.opportunityId() != null) {
			details.put("opportunityId", inquiry.opportunityId());
			if (inquiry.opportunityTitle() != null) {
				details.put("opportunityTitle", inquiry.opportunityTitle());
			}
		}
		return details;
	}

}
