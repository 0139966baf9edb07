package jp.procurementdesk.cases.internal;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Remembers which case a client's Idempotency-Key created. */
@Entity
@Table(name = "case_idempotency_key")
class IdempotencyKey {

	@EmbeddedId
	private Id id;

	private UUID caseId;

	protected IdempotencyKey() {
	}

	IdempotencyKey(String username, String key, UUID caseId) {
		this.id = new Id(username, key);
		this.caseId = caseId;
	}

	UUID caseId() {
		return caseId;
	}

	@Embeddable
	record Id(String username, String key) implements Serializable {
	}

}
