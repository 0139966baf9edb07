package jp.procurementdesk.companies.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.companies.CompanyProfile.Interests;
import jp.procurementdesk.companies.CompanyStatus;
import jp.procurementdesk.companies.InterestedCompanies;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CompanyInterests implements InterestedCompanies {

	private final CompanyRepository companies;

	CompanyInterests(CompanyRepository companies) {
		this.companies = companies;
	}

	@Override
	public Map<String, Interests> active() {
		Map<String, Interests> interests = new LinkedHashMap<>();
		companies.findAll(Sort.by("id"))
			.stream()
			.filter(company -> company.getStatus() == CompanyStatus.ACTIVE)
			.forEach(company -> interests.put(company.getId(), new Interests(company.getInterestCategories(),
					company.getInterestAgencies(), company.getInterestUnspsc())));
		return interests;
	}

}
