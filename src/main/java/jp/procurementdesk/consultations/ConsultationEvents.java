package jp.procurementdesk.consultations;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Past-tense facts the consultations module publishes (synchronously, inside the transaction). */
public final class ConsultationEvents {

	private ConsultationEvents() {
	}

	/** A consultation was recorded on a case. */
	public record ConsultationRecorded(UUID caseId, String companyId, UUID consultationId, LocalDate heldOn,
			ConsultationChannel channel, int minutes, Set<ConsultationTopic> topics) {
	}

	/** Its author corrected a consultation record: the values it has now. */
	public record ConsultationCorrected(UUID caseId, String companyId, UUID consultationId, LocalDate heldOn,
			ConsultationChannel channel, int minutes, Set<ConsultationTopic> topics) {
	}

}
