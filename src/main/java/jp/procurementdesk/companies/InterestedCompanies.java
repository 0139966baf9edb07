package jp.procurementdesk.companies;

import java.util.Map;

import jp.procurementdesk.companies.CompanyProfile.Interests;

/** What the desk's active companies want to hear of, for matching opportunities to them. */
public interface InterestedCompanies {

	/** The interests of every active (not suspended) company, by company id. */
	Map<String, Interests> active();

}
