package jp.procurementdesk.opportunities;

import java.util.Collection;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.companies.CompanyProfile.Interests;

/**
 * Whether an opportunity concerns a company (docs/opportunities.md, Matching): its categories
 * are empty or meet the company's interest categories; its agency, if any, is among the
 * company's interest agencies; and, when both have them, one of its UNSPSC codes starts with
 * one of the company's prefixes. An empty interest means "all".
 */
public final class OpportunityMatching {

	private OpportunityMatching() {
	}

	public static boolean matches(OpportunityView opportunity, Interests interests) {
		return matches(opportunity.productCategories(), opportunity.agency(), opportunity.unspscCodes(), interests);
	}

	public static boolean matches(Set<ProductCategory> categories, TargetAgency agency, Collection<String> unspscCodes,
			Interests interests) {
		return categoriesMeet(categories, interests.categories()) && agencyAmong(agency, interests.agencies())
				&& codesMeet(unspscCodes, interests.unspscPrefixes());
	}

	private static boolean categoriesMeet(Set<ProductCategory> categories, Set<ProductCategory> wanted) {
		return categories.isEmpty() || wanted.isEmpty() || categories.stream().anyMatch(wanted::contains);
	}

	private static boolean agencyAmong(TargetAgency agency, Set<TargetAgency> wanted) {
		return agency == null || wanted.isEmpty() || wanted.contains(agency);
	}

	private static boolean codesMeet(Collection<String> codes, Set<String> prefixes) {
		return codes.isEmpty() || prefixes.isEmpty()
				|| codes.stream().anyMatch(code -> prefixes.stream().anyMatch(code::startsWith));
	}

}
