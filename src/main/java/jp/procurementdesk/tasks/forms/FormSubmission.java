package jp.procurementdesk.tasks.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

/**
 * Checks submitted values against a task's form and turns them into process variables:
 * every problem is reported at once, per field; nothing is half-accepted.
 *
 * @param variables what the process gets: dates as {@link Date}, lists comma-joined,
 * decimals as Double
 * @param values the normalised values as submitted, for the timeline
 */
public record FormSubmission(Map<String, Object> variables, Map<String, Object> values) {

	/** What validation needs besides the values: today, and who is an advisor. */
	public record Context(OffsetDateTime now, ZoneId zone, Predicate<String> isAdvisor) {

		LocalDate today() {
			return now.atZoneSameInstant(zone).toLocalDate();
		}

	}

	public static FormSubmission validate(List<FormField> form, Map<String, Object> input, Context context) {
		Map<String, Problem> errors = new LinkedHashMap<>();
		input.keySet()
			.stream()
			.filter(name -> form.stream().noneMatch(field -> field.name().equals(name)))
			.forEach(name -> errors.put(name, new Problem("unknown-field")));
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : form) {
			Object raw = input.get(field.name());
			if (isMissing(raw)) {
				String controlling = field.requiredWhen() == null ? null
						: text(input.get(field.requiredWhen().field()));
				if (field.requiredGiven(controlling)) {
					errors.put(field.name(), new Problem("required"));
				}
				continue;
			}
			try {
				Object value = FieldValues.parse(field, raw);
				Problem problem = FieldValues.check(field, value, context);
				if (problem != null) {
					errors.put(field.name(), problem);
					continue;
				}
				values.put(field.name(), FieldValues.display(value));
				variables.put(field.name(), toVariable(value, context.zone()));
			}
			catch (IllegalArgumentException | DateTimeParseException | ArithmeticException bad) {
				errors.put(field.name(), FieldValues.expected(field));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new FormSubmission(variables, values);
	}

	private static boolean isMissing(Object raw) {
		return raw == null || (raw instanceof String text && text.isBlank())
				|| (raw instanceof Collection<?> list && list.isEmpty());
	}

	private static String text(Object raw) {
		return raw == null ? null : raw.toString();
	}

	private static Object toVariable(Object value, ZoneId zone) {
		if (value instanceof LocalDate date) {
			return Date.from(date.atStartOfDay(zone).toInstant());
		}
		if (value instanceof OffsetDateTime time) {
			return Date.from(time.toInstant());
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.doubleValue();
		}
		if (value instanceof TreeSet<?> names) {
			return String.join(",", names.stream().map(Object::toString).toList());
		}
		return value;
	}

}
