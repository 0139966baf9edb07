package jp.procurementdesk.companies.internal;

import java.util.Optional;

import jp.procurementdesk.companies.Exhibitors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A company's names and register for an event's catalogue. */
@Component
@Transactional(readOnly = true)
class ExhibitorLookup implements Exhibitors {

	private final CompanyRepository companies;

	private final ProductRepository products;

	ExhibitorLookup(CompanyRepository companies, ProductRepository products) {
		this.companies = companies;
		this.products = products;
	}

	@Override
	public Optional<Exhibitor> exhibitor(String companyId) {
		return companies.findById(companyId)
			.map(company -> new Exhibitor(company.getId(), company.getName(), company.getNameJa(),
					products.ofCompany(companyId).stream().map(ProductEntry::view).toList()));
	}

}
