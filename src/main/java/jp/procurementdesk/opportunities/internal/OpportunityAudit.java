package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.opportunities.OpportunityAuditRecord;
import jp.procurementdesk.opportunities.OpportunityAuditRecord.Action;

import org.springframework.stereotype.Component;

/** Writes and reads the opportunities' audit, in the caller's transaction. */
@Component
class OpportunityAudit {

	/** The actor of what the system does (the deadline closing an opportunity). */
	static final String SYSTEM = "system";

	private final OpportunityAuditRepository entries;

	private final Clock clock;

	OpportunityAudit(OpportunityAuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	void record(UUID opportunityId, String actor, Action action, Map<String, Object> changes) {
		entries.save(new OpportunityAuditEntry(opportunityId, OffsetDateTime.now(clock), actor, action, changes));
	}

	List<OpportunityAuditRecord> of(UUID opportunityId) {
		return entries.ofOpportunity(opportunityId).stream().map(OpportunityAuditEntry::record).toList();
	}

}
