package jp.procurementdesk.tasks.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Parsing and checking one field's value; the messages are what clients show next to the field. */
final class FieldValues {

	private FieldValues() {
	}

	static Object parse(FormField field, Object raw) {
		return switch (field.type()) {
			case TEXT, USER -> requireText(raw).strip();
			case ENUM -> option(field, requireText(raw));
			case MULTI_ENUM -> {
				if (!(raw instanceof Collection<?> items)) {
					throw new IllegalArgumentException("not a list");
				}
				TreeSet<String> chosen = new TreeSet<>();
				items.forEach(item -> chosen.add(option(field, requireText(item))));
				yield chosen;
			}
			case BOOLEAN -> {
				if (raw instanceof Boolean flag) {
					yield flag;
				}
				String text = requireText(raw);
				if (!text.equals("true") && !text.equals("false")) {
					throw new IllegalArgumentException("not a boolean");
				}
				yield Boolean.valueOf(text);
			}
			case DATE -> LocalDate.parse(requireText(raw));
			case DATE_TIME -> OffsetDateTime.parse(requireText(raw));
			case DECIMAL -> {
				if (raw instanceof Number number) {
					yield new BigDecimal(number.toString());
				}
				yield new BigDecimal(requireText(raw).strip());
			}
		};
	}

	/** @return a message, or null when the value is fine */
	static String check(FormField field, Object value, FormSubmission.Context context) {
		if (value instanceof String text && field.maxLength() > 0 && text.length() > field.maxLength()) {
			return "must be at most " + field.maxLength() + " characters";
		}
		return switch (field.rule()) {
			case NONE -> null;
			case ADVISOR -> context.isAdvisor().test((String) value) ? null : "must be the username of an advisor";
			case NOT_NEGATIVE -> ((BigDecimal) value).signum() < 0 ? "must be 0 or more"
					: ((BigDecimal) value).scale() > 2 ? "must have at most 2 decimals" : null;
			case NOT_IN_FUTURE -> isFuture(value, context) ? "must not be in the future" : null;
			case IN_FUTURE -> isFuture(value, context) ? null : "must be in the future";
			case NOT_IN_PAST -> value instanceof LocalDate date && date.isBefore(context.today())
					? "must be today or later" : null;
		};
	}

	static String expected(FormField field) {
		return switch (field.type()) {
			case TEXT, USER -> "must be text";
			case ENUM -> "must be one of " + field.options();
			case MULTI_ENUM -> "must be a list of " + field.options();
			case BOOLEAN -> "must be true or false";
			case DATE -> "must be a date (YYYY-MM-DD)";
			case DATE_TIME -> "must be a date and time with offset (e.g. 2026-12-01T17:00:00+09:00)";
			case DECIMAL -> "must be a number";
		};
	}

	static Object display(Object value) {
		if (value instanceof TreeSet<?> names) {
			return List.copyOf(names);
		}
		return value instanceof LocalDate || value instanceof OffsetDateTime ? value.toString() : value;
	}

	private static boolean isFuture(Object value, FormSubmission.Context context) {
		if (value instanceof LocalDate date) {
			return date.isAfter(context.today());
		}
		return ((OffsetDateTime) value).isAfter(context.now());
	}

	private static String requireText(Object raw) {
		if (!(raw instanceof String text)) {
			throw new IllegalArgumentException("not text");
		}
		return text;
	}

	private static String option(FormField field, String value) {
		if (!field.options().contains(value)) {
			throw new IllegalArgumentException("not an option");
		}
		return value;
	}

}
