package jp.procurementdesk.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The desk recorded who attended an event (published in the transaction that recorded it), for
 * the ministry report: each recording replaces the one before for that event.
 *
 * @param heldOn the event's first day, in the desk's zone (Asia/Tokyo)
 * @param attendees everyone who attended, by username
 */
public record AttendanceRecorded(UUID opportunityId, String title, LocalDate heldOn, List<Attendee> attendees) {

	public AttendanceRecorded {
		attendees = List.copyOf(attendees);
	}

	public record Attendee(String username, String companyId) {
	}

}
