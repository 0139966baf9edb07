package jp.procurementdesk.cases.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.cases.TimelineType;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One append-only timeline record; the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "case_timeline")
class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID caseId;

	private OffsetDateTime at;

	private String actor;

	@Enumerated(EnumType.STRING)
	private TimelineType type;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private Map<String, Object> details;

	protected TimelineEntry() {
	}

	TimelineEntry(UUID caseId, OffsetDateTime at, String actor, TimelineType type, Map<String, Object> details) {
		this.caseId = caseId;
		this.at = at;
		this.actor = actor;
		this.type = type;
		this.details = details;
	}

	TimelineRecord record() {
		return new TimelineRecord(at, actor, type, details);
	}

}
