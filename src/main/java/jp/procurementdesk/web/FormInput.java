package jp.procurementdesk.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.tasks.forms.FieldType;
import jp.procurementdesk.tasks.forms.FormField;

import org.springframework.util.MultiValueMap;

/**
 * Browser form posts to the values the task forms validate: checkboxes to lists, the
 * browser's local date-time (no offset) to the desk's time zone, empty inputs to nothing.
 */
final class FormInput {

	private FormInput() {
	}

	static Map<String, Object> values(List<FormField> fields, MultiValueMap<String, String> form, ZoneId zone) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : fields) {
			List<String> posted = form.get(field.name());
			if (posted == null || posted.isEmpty()) {
				continue;
			}
			if (field.type() == FieldType.MULTI_ENUM) {
				values.put(field.name(), posted.stream().filter(value -> !value.isBlank()).toList());
			}
			else if (!posted.get(0).isBlank()) {
				values.put(field.name(), field.type() == FieldType.DATE_TIME ? withOffset(posted.get(0), zone) : posted.get(0));
			}
		}
		return values;
	}

	/** What the user typed, to show it again next to the messages. */
	static Map<String, List<String>> echo(MultiValueMap<String, String> form) {
		return new LinkedHashMap<>(form);
	}

	private static String withOffset(String local, ZoneId zone) {
		try {
			return LocalDateTime.parse(local).atZone(zone).toOffsetDateTime().toString();
		}
		catch (DateTimeParseException notLocal) {
			return local;
		}
	}

}
