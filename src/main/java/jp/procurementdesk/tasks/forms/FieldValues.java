package jp.procurementdesk.tasks.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jp.procurementdesk.companies.RegistrationReview;
import jp.procurementdesk.shared.InvalidInputException.Problem;

/** Parsing and checking one field's value; the messages are what clients show next to the field. */
final class FieldValues {

	private static final Pattern COMPANY_ID = Pattern.compile(RegistrationReview.COMPANY_ID_PATTERN);

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
			case INTEGER -> {
				if (raw instanceof Integer || raw instanceof Long) {
					yield ((Number) raw).longValue();
				}
				yield Long.parseLong(requireText(raw).strip());
			}
			case DECIMAL -> {
				if (raw instanceof Number number) {
					yield new BigDecimal(number.toString());
				}
				yield new BigDecimal(requireText(raw).strip());
			}
		};
	}

	/** @return the problem, or null when the value is fine */
	static Problem check(FormField field, Object value, FormSubmission.Context context) {
		if (value instanceof String text && field.maxLength() > 0 && text.length() > field.maxLength()) {
			return new Problem("too-long", field.maxLength());
		}
		String code = switch (field.rule()) {
			case NONE -> null;
			case ADVISOR -> context.isAdvisor().test((String) value) ? null : "role-advisor";
			case NOT_NEGATIVE -> ((BigDecimal) value).signum() < 0 ? "not-negative"
					: ((BigDecimal) value).scale() > 2 ? "decimals" : null;
			case NOT_IN_FUTURE -> isFuture(value, context) ? "not-in-future" : null;
			case IN_FUTURE -> isFuture(value, context) ? null : "in-future";
			case NOT_IN_PAST -> value instanceof LocalDate date && date.isBefore(context.today()) ? "not-in-past" : null;
			case COMPANY_ID -> COMPANY_ID.matcher((String) value).matches() ? null : "company-id";
			case ONE_TO_FIVE -> (Long) value < 1 || (Long) value > 5 ? "one-to-five" : null;
		};
		return code == null ? null : new Problem(code);
	}

	static Problem expected(FormField field) {
		return switch (field.type()) {
			case TEXT, USER -> new Problem("text");
			case ENUM -> new Problem("option", field.options());
			case MULTI_ENUM -> new Problem("options", field.options());
			case BOOLEAN -> new Problem("boolean");
			case DATE -> new Problem("date");
			case DATE_TIME -> new Problem("date-time");
			case DECIMAL -> new Problem("decimal");
			case INTEGER -> new Problem("integer");
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
