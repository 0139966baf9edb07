package jp.procurementdesk.companies.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jp.procurementdesk.companies.CompanyStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, String> {

	@Query("select c.status from Company c where c.id = ?1")
	Optional<CompanyStatus> statusOf(String companyId);

	/** Possible duplicates of a registration. */
	@Query("select c.id from Company c where c.corporateNumber = ?1 order by c.id")
	List<String> idsWithCorporateNumber(String corporateNumber);
	/**
	 * The company, its row held until the transaction ends: changes to its users (the last
	 * company-admin rule) and its status take turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Company c where c.id = ?1")
	Optional<Company> findHeld(String companyId);

}
