package jp.procurementdesk.companies;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/**
 * A company's profile as {@code GET /api/company} answers it (docs/companies.md). The
 * {@code version} is not a field of the answer: it travels as the {@code ETag}, which a change
 * must send back ({@code If-Match}) so that concurrent edits never overwrite each other.
 *
 * @param productCategories what the company makes
 * @param agencies the UN agencies and buyers it supplies already
 * @param interests what the desk should tell it about (opportunities)
 */
public record CompanyProfile(String id, String name, String nameJa, String country, String corporateNumber,
		String website, CompanyStatus status, Set<ProductCategory> productCategories, Set<TargetAgency> agencies,
		String ungmVendorId, UngmLevel ungmLevel, Interests interests, @JsonIgnore long version) {

	/**
	 * @param unspscPrefixes UNSPSC codes or their first digits (2 to 8), e.g. {@code 4214}
	 */
	public record Interests(Set<ProductCategory> categories, Set<TargetAgency> agencies, Set<String> unspscPrefixes) {
	}

}
