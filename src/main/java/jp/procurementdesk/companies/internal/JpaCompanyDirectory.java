package jp.procurementdesk.companies.internal;

import java.util.Optional;

import jp.procurementdesk.companies.CompanyStatus;
import jp.procurementdesk.identity.CompanyDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaCompanyDirectory implements CompanyDirectory {

	private final CompanyRepository companies;

	JpaCompanyDirectory(CompanyRepository companies) {
		this.companies = companies;
	}

	@Override
	public Optional<String> nameOf(String companyId) {
		return companies.findById(companyId).map(Company::getName);
	}

	@Override
	public boolean suspended(String companyId) {
		return companies.statusOf(companyId).filter(CompanyStatus.SUSPENDED::equals).isPresent();
	}

}
