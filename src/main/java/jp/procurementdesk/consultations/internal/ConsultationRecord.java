package jp.procurementdesk.consultations.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.consultations.ConsultationTopic;

/**
 * The values of a record as stored: texts stripped (blank attendees become null), topics in
 * their enum order. What the timeline shows of it ({@link #details()}) and what a correction
 * changed ({@link #changesTo}) use the field names of the API.
 */
record ConsultationRecord(LocalDate heldOn, ConsultationChannel channel, int minutes, Set<ConsultationTopic> topics,
		String attendees, String summary) {

	static ConsultationRecord of(ConsultationInput input) {
		String attendees = input.attendees() == null || input.attendees().isBlank() ? null : input.attendees().strip();
		return new ConsultationRecord(input.heldOn(), input.channel(), input.minutes(),
				new LinkedHashSet<>(new TreeSet<>(input.topics())), attendees, input.summary().strip());
	}

	/** Field -> value, for the timeline's {@code CONSULTATION_RECORDED}. */
	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		fields().forEach(details::put);
		return details;
	}

	/** Field -> {old, new} of each field {@code next} changes; empty when nothing changes. */
	Map<String, Object> changesTo(ConsultationRecord next) {
		Map<String, Object> changes = new LinkedHashMap<>();
		Map<String, Object> after = next.fields();
		fields().forEach((field, old) -> {
			Object value = after.get(field);
			if (!Objects.equals(old, value)) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("old", old);
				change.put("new", value);
				changes.put(field, change);
			}
		});
		return changes;
	}

	private Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("heldOn", heldOn.toString());
		fields.put("channel", channel.name());
		fields.put("minutes", minutes);
		fields.put("topics", List.copyOf(topics.stream().map(ConsultationTopic::name).toList()));
		fields.put("attendees", attendees);
		fields.put("summary", summary);
		return fields;
	}

}
