package jp.procurementdesk.companies.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<ProductEntry, UUID> {

	@Query("select p from ProductEntry p where p.companyId = ?1 order by lower(p.name), p.id")
	List<ProductEntry> ofCompany(String companyId);

	@Query("select p from ProductEntry p where p.id = ?2 and p.companyId = ?1")
	Optional<ProductEntry> find(String companyId, UUID id);

	/** The company's product, its row held against changes and removal until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ProductEntry p where p.id = ?2 and p.companyId = ?1")
	Optional<ProductEntry> findHeld(String companyId, UUID id);

	/** The company's product, its row held against removal (a shared lock) until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select p from ProductEntry p where p.id = ?2 and p.companyId = ?1")
	Optional<ProductEntry> findShared(String companyId, UUID id);

	@Query("select count(p) > 0 from ProductEntry p where p.companyId = ?1 and lower(p.name) = lower(?2) and p.id <> ?3")
	boolean nameTaken(String companyId, String name, UUID except);

}
