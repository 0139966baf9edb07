package jp.procurementdesk.notifications.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notification, from the message bundles ({@code notification.kind.<KIND>}),
 * in the reader's language. Argument {0} is the case reference (or, for a notification about a
 * company's registration, the company's name; for an opportunity, its title), {1} the translated
 * detail (task name, outcome, SLA breach kind, a message's author, an opportunity's kind).
 */
@Component
class NotificationTexts {

	/** The parameter of a registration's notifications that names the company. */
	static final String COMPANY = "company";

	/** The parameter of a registration's notifications that links to it. */
	static final String REGISTRATION_ID = "registrationId";

	/** The parameters of an opportunity's notification: its title ({0}), id (the link) and kind ({1}). */
	static final String TITLE = "title";

	static final String OPPORTUNITY_ID = "opportunityId";

	static final String OPPORTUNITY_KIND = "opportunityKind";

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String kind, Map<String, String> parameters, Locale locale) {
		String reference = parameters.getOrDefault("reference",
				parameters.getOrDefault(COMPANY, parameters.getOrDefault(TITLE, "")));
		return messages.getMessage("notification.kind." + kind, new Object[] { reference, detail(parameters, locale) },
				messages.getMessage("notification.kind.OTHER", new Object[] { reference }, locale), locale);
	}

	String subject(String text, Locale locale) {
		return messages.getMessage("mail.subject", new Object[] { text }, locale);
	}

	String body(String name, String text, String caseLink, String notificationsLink, Locale locale) {
		return messages.getMessage("mail.body", new Object[] { name, text, caseLink, notificationsLink }, locale);
	}

	/** A notification about a company's registration: the link goes to the registration. */
	String registrationBody(String name, String text, String registrationLink, String notificationsLink,
			Locale locale) {
		return messages.getMessage("mail.body.registration",
				new Object[] { name, text, registrationLink, notificationsLink }, locale);
	}

	private String detail(Map<String, String> parameters, Locale locale) {
		String key = null;
		if (parameters.containsKey("taskKey")) {
			key = "task." + parameters.get("taskKey");
		}
		if (parameters.containsKey("outcome")) {
			key = "enum." + parameters.get("outcome");
		}
		if (parameters.containsKey("breachKind")) {
			key = "enum." + parameters.get("breachKind");
		}
		if (parameters.containsKey(OPPORTUNITY_KIND)) {
			key = "digest.kind." + parameters.get(OPPORTUNITY_KIND);
		}
		if (key == null && parameters.containsKey("author")) {
			return parameters.get("author");
		}
		return key == null ? "" : messages.getMessage(key, null, key, locale);
	}

	/** The language of a recipient: the Keycloak attribute {@code locale} when it is ja, else English. */
	static Locale localeOf(String attribute) {
		return attribute != null && attribute.toLowerCase(Locale.ROOT).startsWith("ja") ? Locale.JAPANESE
				: Locale.ENGLISH;
	}

}
