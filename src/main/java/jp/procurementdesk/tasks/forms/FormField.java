package jp.procurementdesk.tasks.forms;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of a task form.
 *
 * @param requiredWhen when set, the field is required only if another field has one of
 * the given values (e.g. {@code advisor} when {@code decision} is ACCEPT)
 * @param rule what else a value must satisfy (dates in the past or future, an advisor's
 * username, a minimum, the shape of a new company's id)
 * @param value a proposal the form starts with (a {@link jp.procurementdesk.tasks.FieldProposals}),
 * which the user confirms or corrects; null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, FieldType type, boolean required, List<String> options,
		Condition requiredWhen, @JsonIgnore Rule rule, @JsonIgnore int maxLength, Object value) {

	public FormField(String name, FieldType type, boolean required, List<String> options, Condition requiredWhen,
			Rule rule, int maxLength) {
		this(name, type, required, options, requiredWhen, rule, maxLength, null);
	}

	/** The same field, starting with that proposal. */
	public FormField withValue(Object proposal) {
		return new FormField(name, type, required, options, requiredWhen, rule, maxLength, proposal);
	}

	public record Condition(String field, Set<String> values) {
	}

	public enum Rule {

		NONE, NOT_IN_FUTURE, IN_FUTURE, NOT_IN_PAST, ADVISOR, NOT_NEGATIVE, COMPANY_ID, ONE_TO_FIVE

	}

	public boolean requiredGiven(String controllingValue) {
		return required || (requiredWhen != null && controllingValue != null
				&& requiredWhen.values().contains(controllingValue));
	}

}
