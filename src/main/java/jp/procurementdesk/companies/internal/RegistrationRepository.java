package jp.procurementdesk.companies.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jp.procurementdesk.companies.RegistrationStatus;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	/** The registration held for this transaction: decisions on one registration take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Registration r where r.id = ?1")
	Optional<Registration> findForChange(UUID id);

	/**
	 * The registration held for a supervisor's decision: 404 when there is none, 409 when it
	 * is no longer awaiting review.
	 */
	default Registration awaitingReview(UUID id) {
		Registration registration = findForChange(id).orElseThrow(() -> new NotFoundException("Registration"));
		if (registration.getStatus() != RegistrationStatus.AWAITING_REVIEW) {
			throw new ConflictException("The registration is " + registration.getStatus() + ", not awaiting review.");
		}
		return registration;
	}

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Registration r where r.tokenHash = ?1")
	Optional<Registration> findByTokenHash(String tokenHash);

	/** Registrations of the address that are still in progress (not yet decided). */
	@Query("select r from Registration r where lower(r.contactEmail) = lower(?1) and r.status in ?2")
	List<Registration> withContact(String email, List<RegistrationStatus> statuses);

	@Query("select r from Registration r where r.status = ?1 order by r.verifiedAt, r.id")
	List<Registration> inStatus(RegistrationStatus status, Pageable page);

	long countByStatus(RegistrationStatus status);

	/** Unverified registrations whose link expired and rejected ones kept long enough. */
	@Modifying
	@Query("delete from Registration r where r.deleteAfter < ?1")
	int deleteDue(OffsetDateTime now);

}
