package jp.procurementdesk.calendar;

import java.time.OffsetDateTime;

/**
 * One entry of a calendar feed.
 *
 * @param uid stable across feeds and rotations (a calendar application updates the entry
 * instead of adding a second one), such as {@code task-<id>}
 * @param summary the entry's title, in the language of the user's feed where the source has one
 * @param end null for a moment (a deadline, a due date)
 * @param path where the entry is in the desk's web UI (such as {@code /cases/<id>}), or null
 */
public record CalendarEntry(String uid, Kind kind, String summary, String description, OffsetDateTime start,
		OffsetDateTime end, String path) {

	public enum Kind {

		TASK_DUE, BID_DEADLINE, WHO_RESPONSE_DUE, EVENT

	}

}
