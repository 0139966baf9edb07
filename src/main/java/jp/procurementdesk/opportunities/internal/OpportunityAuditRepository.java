package jp.procurementdesk.opportunities.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpportunityAuditRepository extends JpaRepository<OpportunityAuditEntry, UUID> {

	@Query("select e from OpportunityAuditEntry e where e.opportunityId = ?1 order by e.at, e.id")
	List<OpportunityAuditEntry> ofOpportunity(UUID opportunityId);

}
