package jp.procurementdesk.consultations.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationTopic;
import jp.procurementdesk.consultations.ConsultationView;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A consultation record (table {@code consultation}, V17). */
@Entity
@Table(name = "consultation")
class Consultation {

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsultationChannel channel;

	@Column(nullable = false)
	private int minutes;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private Set<ConsultationTopic> topics = new LinkedHashSet<>();

	private String attendees;

	@Column(nullable = false)
	private String summary;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private OffsetDateTime recordedAt;

	@Column(name = "corrected_at")
	private OffsetDateTime correctedAt;

	@Version
	private long version;

	protected Consultation() {
	}

	Consultation(UUID caseId, ConsultationRecord values, String recordedBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		take(values);
	}

	/** The record's values as one, in the order of {@link ConsultationRecord}. */
	ConsultationRecord values() {
		return new ConsultationRecord(heldOn, channel, minutes, new LinkedHashSet<>(new TreeSet<>(topics)), attendees,
				summary);
	}

	void take(ConsultationRecord values) {
		this.heldOn = values.heldOn();
		this.channel = values.channel();
		this.minutes = values.minutes();
		this.topics = new LinkedHashSet<>(values.topics());
		this.attendees = values.attendees();
		this.summary = values.summary();
	}

	void corrected(OffsetDateTime now) {
		this.correctedAt = now;
	}

	ConsultationView view() {
		ConsultationRecord values = values();
		return new ConsultationView(id, values.heldOn(), values.channel(), values.minutes(), values.topics(),
				values.attendees(), values.summary(), recordedBy, recordedAt, correctedAt, version);
	}

	UUID getId() {
		return id;
	}

	UUID getCaseId() {
		return caseId;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	OffsetDateTime getRecordedAt() {
		return recordedAt;
	}

	long getVersion() {
		return version;
	}

}
