package jp.procurementdesk.opportunities;

import jp.procurementdesk.shared.ConflictException;

/** 409 of an event's registrations, with the reason a page puts in the user's words. */
public class EventRefusedException extends ConflictException {

	private final Reason reason;

	public EventRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {

		/** No seat left. */
		FULL,
		/** The caller is registered already. */
		REGISTERED,
		/** Past the registration deadline, or the event is closed. */
		CLOSED,
		/** The event started: registrations stay. */
		STARTED,
		/** Attendance waits for the event to start. */
		NOT_STARTED,
		/** No user of the caller's company is registered. */
		NOT_REGISTERED

	}

}
