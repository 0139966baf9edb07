package jp.procurementdesk.companies.internal;

import java.util.List;
import java.util.Optional;

import jp.procurementdesk.companies.CompanyStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, String> {

	@Query("select c.status from Company c where c.id = ?1")
	Optional<CompanyStatus> statusOf(String companyId);

	/** Possible duplicates of a registration. */
	@Query("select c.id from Company c where c.corporateNumber = ?1 order by c.id")
	List<String> idsWithCorporateNumber(String corporateNumber);

}
