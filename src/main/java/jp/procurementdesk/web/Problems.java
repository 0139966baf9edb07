package jp.procurementdesk.web;

import java.util.Locale;
import java.util.Map;

import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.ProblemDetailsFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Validation problems in the user's language, for messages next to the fields; lists among
 * their arguments (e.g. missing document types) with each enum name translated.
 */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> messages(InvalidInputException invalid) {
		Locale locale = LocaleContextHolder.getLocale();
		return ProblemDetailsFactory.messages(invalid, messages, locale,
				item -> messages.getMessage("enum." + item, null, String.valueOf(item), locale));
	}

	String firstMessage(InvalidInputException invalid) {
		return messages(invalid).values().stream().findFirst().orElse("");
	}

}
