package jp.procurementdesk.calendar;

import java.util.List;

import jp.procurementdesk.identity.CurrentUser;

/**
 * What a module puts in a user's calendar feed. Modules above this one implement it (tasks,
 * process, opportunities); the feed asks every implementation and never shows an entry a
 * source did not give for that user, so each source applies its own visibility rule.
 */
public interface CalendarSource {

	/**
	 * The entries of this source the user may see, in any order. Texts in the feed's language:
	 * {@link org.springframework.context.i18n.LocaleContextHolder#getLocale()} during the call
	 * (the user's Keycloak {@code locale}).
	 */
	List<CalendarEntry> entries(CurrentUser user);

}
