package jp.procurementdesk.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.consultations.ConsultationTopic;
import org.junit.jupiter.api.Test;

/** What the timeline shows of a record and of its correction: the API's field names, old and new values. */
class ConsultationRecordTest {

	private final ConsultationRecord recorded = ConsultationRecord.of(new ConsultationInput(LocalDate.of(2026, 5, 1),
			ConsultationChannel.MEETING, 45, Set.of(ConsultationTopic.REGULATORY, ConsultationTopic.WHO_PQ), "  ",
			"  Dossier gaps discussed.  "));

	@Test
	void textsAreStrippedBlankAttendeesDroppedAndTopicsInTheirOrder() {
		assertThat(recorded.details()).containsOnlyKeys("heldOn", "channel", "minutes", "topics", "attendees", "summary")
			.containsEntry("heldOn", "2026-05-01")
			.containsEntry("channel", "MEETING")
			.containsEntry("minutes", 45)
			.containsEntry("topics", List.of("WHO_PQ", "REGULATORY"))
			.containsEntry("attendees", null)
			.containsEntry("summary", "Dossier gaps discussed.");
	}

	@Test
	void aCorrectionNamesEachChangedFieldWithItsOldAndNewValue() {
		ConsultationRecord corrected = ConsultationRecord.of(new ConsultationInput(LocalDate.of(2026, 5, 1),
				ConsultationChannel.ONLINE, 60, Set.of(ConsultationTopic.WHO_PQ, ConsultationTopic.REGULATORY),
				"Ms Ito", "Dossier gaps discussed."));

		Map<String, Object> changes = recorded.changesTo(corrected);

		assertThat(changes).containsOnlyKeys("channel", "minutes", "attendees");
		assertThat(changes.get("channel")).isEqualTo(Map.of("old", "MEETING", "new", "ONLINE"));
		assertThat(changes.get("minutes")).isEqualTo(Map.of("old", 45, "new", 60));
		@SuppressWarnings("unchecked")
		Map<String, Object> attendees = (Map<String, Object>) changes.get("attendees");
		assertThat(attendees).containsEntry("old", null).containsEntry("new", "Ms Ito");
		assertThat(recorded.changesTo(recorded)).isEmpty();
	}

}
