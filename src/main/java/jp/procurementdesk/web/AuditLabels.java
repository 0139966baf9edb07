package jp.procurementdesk.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A company's audit details as supervisors read them ({@code @auditLabels.detail(key, value)}):
 * the field in the reader's language ({@code company.audit.field.<key>}, else as stored), a
 * change as "old → new", values as {@link DeskLabels} words them.
 */
@Component("auditLabels")
class AuditLabels {

	private static final String NOTHING = "—";

	private final MessageSource messages;

	private final DeskLabels labels;

	AuditLabels(MessageSource messages, DeskLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	public String detail(String key, Object value) {
		String field = messages.getMessage("company.audit.field." + key, null, key, LocaleContextHolder.getLocale());
		if (value instanceof Map<?, ?> change && change.containsKey("old") && change.containsKey("new")) {
			return field + ": " + shown(change.get("old")) + " → " + shown(change.get("new"));
		}
		return field + ": " + shown(value);
	}

	private String shown(Object value) {
		String text = labels.value(value);
		return text.isEmpty() ? NOTHING : text;
	}

}
