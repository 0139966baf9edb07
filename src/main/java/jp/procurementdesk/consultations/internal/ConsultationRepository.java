package jp.procurementdesk.consultations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, UUID> {

	/** Newest consultation first; of one day, the one recorded last first. */
	@Query("select c from Consultation c where c.caseId = ?1 order by c.heldOn desc, c.recordedAt desc, c.id")
	List<Consultation> ofCase(UUID caseId);

	@Query("select c from Consultation c where c.caseId = ?1 and c.id = ?2")
	Optional<Consultation> find(UUID caseId, UUID id);

}
