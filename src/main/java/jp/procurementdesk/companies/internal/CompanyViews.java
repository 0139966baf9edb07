package jp.procurementdesk.companies.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.companies.CompanyProfile;
import jp.procurementdesk.companies.CompanySummary;
import jp.procurementdesk.companies.UngmLevel;

/** A company as the API shows it. */
final class CompanyViews {

	private CompanyViews() {
	}

	static CompanyProfile profile(Company company) {
		return new CompanyProfile(company.getId(), company.getName(), company.getNameJa(), company.getCountry(),
				company.getCorporateNumber(), company.getWebsite(), company.getStatus(),
				ordered(company.getProductCategories()), ordered(company.getAgencies()), company.getUngmVendorId(),
				ungmLevel(company.getUngmLevel()),
				new CompanyProfile.Interests(ordered(company.getInterestCategories()),
						ordered(company.getInterestAgencies()), ordered(company.getInterestUnspsc())),
				company.getVersion());
	}

	static CompanySummary summary(Company company) {
		return new CompanySummary(company.getId(), company.getName(), company.getNameJa(), company.getCountry(),
				company.getCorporateNumber(), company.getStatus());
	}

	/**
	 * A copy in natural order (enums in their order, codes as text), for stable JSON: sets
	 * come back from their JSON columns in no particular order.
	 */
	static <T extends Comparable<? super T>> Set<T> ordered(Set<T> values) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(values)));
	}

	/** The stored level (V13 keeps only these names); null when none. */
	static UngmLevel ungmLevel(String stored) {
		return Arrays.stream(UngmLevel.values()).filter(level -> level.name().equals(stored)).findFirst().orElse(null);
	}

}
