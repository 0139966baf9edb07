package jp.procurementdesk.identity.internal;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client company of the desk; {@code id} is the {@code company_id} claim of its users. */
@Entity
@Table(name = "company")
class Company {

	@Id
	private String id;

	@Column(nullable = false)
	private String name;

	@Column(name = "created_at", nullable = false, updatable = false)
	private OffsetDateTime createdAt;

	protected Company() {
	}

	String getId() {
		return id;
	}

	String getName() {
		return name;
	}

	OffsetDateTime getCreatedAt() {
		return createdAt;
	}

}
