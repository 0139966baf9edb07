package jp.procurementdesk.opportunities.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.opportunities.OpportunityStatus;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, UUID> {

	List<Opportunity> findByStatusIn(Collection<OpportunityStatus> statuses);

}
