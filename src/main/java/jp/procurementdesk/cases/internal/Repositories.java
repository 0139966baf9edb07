package jp.procurementdesk.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SupportCaseRepository extends JpaRepository<SupportCase, UUID>, JpaSpecificationExecutor<SupportCase> {

	/** The next number of the never-reused case reference sequence. */
	@Query(value = "select nextval('desk.case_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

}

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByCaseIdOrderByIdAsc(UUID caseId);

}

interface IdempotencyKeyRepository extends JpaRepository<IdempotencyKey, IdempotencyKey.Id> {

}
