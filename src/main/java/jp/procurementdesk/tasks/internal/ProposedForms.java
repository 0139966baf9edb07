package jp.procurementdesk.tasks.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.tasks.FieldProposals;
import jp.procurementdesk.tasks.forms.FieldType;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormField;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task's form as its views show it (docs/opportunities.md#a-case-from-a-notice): each field without a value of its own
 * starts with what a {@link FieldProposals} proposes for it (the first that proposes one), for
 * the user to confirm or correct. A text proposal longer than its field is cut to the field's length.
 */
@Component
class ProposedForms {

	private final ObjectProvider<FieldProposals> proposals;

	ProposedForms(ObjectProvider<FieldProposals> proposals) {
		this.proposals = proposals;
	}

	List<FormField> fields(String taskKey, UUID caseId) {
		List<FormField> fields = FormDefinitions.of(taskKey).orElse(List.of());
		if (caseId == null || fields.isEmpty()) {
			return fields;
		}
		Map<String, Object> values = new HashMap<>();
		proposals.orderedStream().forEach(source -> source.propose(taskKey, caseId).forEach(values::putIfAbsent));
		if (values.isEmpty()) {
			return fields;
		}
		return fields.stream()
			.map(field -> field.value() == null && values.containsKey(field.name())
					? field.withValue(fitting(field, values.get(field.name()))) : field)
			.toList();
	}

	/** A text longer than the field takes is cut to its length: the form would refuse it as it is. */
	private static Object fitting(FormField field, Object proposal) {
		if (field.type() == FieldType.TEXT && field.maxLength() > 0 && proposal instanceof String text
				&& text.length() > field.maxLength()) {
			return text.substring(0, field.maxLength());
		}
		return proposal;
	}

}
