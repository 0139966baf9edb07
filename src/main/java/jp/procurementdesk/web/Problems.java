package jp.procurementdesk.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Validation problems in the user's language, for messages next to the fields. */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> messages(InvalidInputException invalid) {
		Map<String, String> byField = new LinkedHashMap<>();
		invalid.problems().forEach((field, problem) -> byField.put(field, message(problem)));
		return byField;
	}

	String firstMessage(InvalidInputException invalid) {
		return messages(invalid).values().stream().findFirst().orElse("");
	}

	private String message(Problem problem) {
		Object[] arguments = problem.arguments().stream().map(this::argument).toArray();
		return messages.getMessage(problem.messageKey(), arguments, problem.code(), LocaleContextHolder.getLocale());
	}

	/** Lists (e.g. missing document types) joined, each value translated when it is an enum name. */
	private String argument(Object value) {
		if (value instanceof Collection<?> items) {
			return items.stream()
				.map(item -> messages.getMessage("enum." + item, null, String.valueOf(item), LocaleContextHolder.getLocale()))
				.collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

}
