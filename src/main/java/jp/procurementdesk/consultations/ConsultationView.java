package jp.procurementdesk.consultations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A consultation record as its readers see it (docs/consultations.md).
 *
 * @param recordedAt when it was first recorded: the seven days of corrections count from here
 * @param correctedAt the last correction, or null
 * @param version the record's version: a correction sends it back ({@code If-Match})
 */
public record ConsultationView(UUID id, LocalDate heldOn, ConsultationChannel channel, int minutes,
		Set<ConsultationTopic> topics, String attendees, String summary, String recordedBy, OffsetDateTime recordedAt,
		OffsetDateTime correctedAt, long version) {

}
