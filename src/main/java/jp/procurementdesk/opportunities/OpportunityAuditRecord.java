package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One entry of an opportunity's append-only audit (table {@code opportunity_audit}).
 *
 * @param changes for CORRECTED: field -> {@code {old, new}}; for CREATED: the fields written
 */
public record OpportunityAuditRecord(OffsetDateTime at, String actor, Action action, Map<String, Object> changes) {

	public enum Action {

		CREATED, CORRECTED, PUBLISHED, CLOSED

	}

}
