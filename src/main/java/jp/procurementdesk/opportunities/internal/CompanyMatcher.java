package jp.procurementdesk.opportunities.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.companies.CompanyProfile.Interests;
import jp.procurementdesk.companies.InterestedCompanies;
import jp.procurementdesk.opportunities.OpportunityMatching;
import jp.procurementdesk.opportunities.OpportunityView;

import org.springframework.stereotype.Component;

/** The active companies an opportunity matches, and a company's interests (none when suspended). */
@Component
class CompanyMatcher {

	private final InterestedCompanies companies;

	CompanyMatcher(InterestedCompanies companies) {
		this.companies = companies;
	}

	Set<String> matching(OpportunityView opportunity) {
		Set<String> matching = new TreeSet<>();
		companies.active().forEach((companyId, interests) -> {
			if (OpportunityMatching.matches(opportunity, interests)) {
				matching.add(companyId);
			}
		});
		return Set.copyOf(matching);
	}

	/** The interests of an active company; empty for a suspended or unknown one. */
	Optional<Interests> interestsOf(String companyId) {
		return companyId == null ? Optional.empty() : Optional.ofNullable(companies.active().get(companyId));
	}

}
