package jp.procurementdesk.calendar;

import java.net.URI;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The user's private feed URL {@code /calendar/<token>.ics} (docs/calendar.md), absolute: on
 * the configured {@code desk.calendar.base-url}, else on the address of the current request.
 */
public interface CalendarLinks {

	/** The user's feed URL; the token is created on the first call and stays until rotated. */
	URI link(CurrentUser user);

	/** Replaces the user's token: the URL given before answers 404 from now on. */
	URI rotate(CurrentUser user);

}
