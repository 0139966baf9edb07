package jp.procurementdesk.opportunities.internal;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.procurementdesk.opportunities.OpportunityAuditRecord;
import jp.procurementdesk.opportunities.OpportunityAuditRecord.Action;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audit entry of an opportunity (table {@code opportunity_audit}, V21): never changed. */
@Entity
@Table(name = "opportunity_audit")
class OpportunityAuditEntry {

	@Id
	private UUID id;

	@Column(name = "opportunity_id", nullable = false, updatable = false)
	private UUID opportunityId;

	@Column(nullable = false, updatable = false)
	private OffsetDateTime at;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Action action;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, updatable = false)
	private Map<String, Object> changes = new LinkedHashMap<>();

	protected OpportunityAuditEntry() {
	}

	OpportunityAuditEntry(UUID opportunityId, OffsetDateTime at, String actor, Action action,
			Map<String, Object> changes) {
		this.id = UUID.randomUUID();
		this.opportunityId = opportunityId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.changes = new LinkedHashMap<>(changes);
	}

	OpportunityAuditRecord record() {
		return new OpportunityAuditRecord(at, actor, action, Collections.unmodifiableMap(new LinkedHashMap<>(changes)));
	}

}
