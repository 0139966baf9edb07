package jp.procurementdesk.web;

import java.util.Collection;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.tasks.TaskView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Values as people read them: enum names translated ({@code enum.<VALUE>}), lists joined.
 * Templates call {@code @deskLabels.value(...)} for values of unknown shape (timeline details).
 */
@Component("deskLabels")
class DeskLabels {

	private final MessageSource messages;

	DeskLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** Who a task waits for: the company's name, or the translated staff group. */
	public String groups(TaskView task) {
		return task.candidateGroups().stream().map(group -> CompanyGroups.isCompanyGroup(group) ? task.companyName()
				: messages.getMessage("group." + group, null, group, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The signed-in user's name for the navbar: the full name of a browser sign-in, the user
	 * name otherwise (an error page of a request that came with a bearer token).
	 */
	public String displayName(Authentication authentication) {
		if (authentication == null) {
			return "";
		}
		if (authentication.getPrincipal() instanceof OidcUser user
				&& user.getFullName() != null) {
			return user.getFullName();
		}
		return authentication.getName();
	}

	/** A country code with its name in the page's language: "日本 (JP)", "Germany (DE)". */
	public String country(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
	}

	/** A file size: 25 MB, 1.5 MB, 340 KB, 12 B. */
	public String size(long bytes) {
		return Documents.sizeText(bytes);
	}

	public String value(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(this::value).collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> change && change.size() == 2 && change.containsKey("old") && change.containsKey("new")) {
			// A corrected field (CONSULTATION_EDITED): its old and its new value.
			return value(change.get("old")) + " → " + value(change.get("new"));
		}
		String text = value.toString();
		String key = value instanceof Boolean ? "form." + text : "enum." + text;
		// No default message: a default would go through MessageFormat and lose quotes and braces.
		String translated = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
		return translated == null ? text : translated;
	}

}
