package jp.procurementdesk.opportunities.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, UUID> {

}
