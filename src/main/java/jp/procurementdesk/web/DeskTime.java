package jp.procurementdesk.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jp.procurementdesk.tasks.forms.FieldType;
import jp.procurementdesk.tasks.forms.FormField;

import org.springframework.stereotype.Component;

/** Times shown in the desk's time zone; templates call {@code @deskTime.format(...)}. */
@Component("deskTime")
class DeskTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Clock clock;

	DeskTime(Clock clock) {
		this.clock = clock;
	}

	public String format(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(clock.getZone()).format(DATE_TIME);
	}

	public String date(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(clock.getZone()).format(DATE);
	}

	/**
	 * A task field's proposal as its input shows it: a date-time (ISO-8601 with offset) in the
	 * desk's zone as {@code datetime-local} wants it, anything else as text; null when none.
	 */
	public String proposal(FormField field) {
		if (field.value() == null) {
			return null;
		}
		if (field.type() == FieldType.DATE_TIME) {
			try {
				return OffsetDateTime.parse(field.value().toString())
					.atZoneSameInstant(clock.getZone())
					.format(INPUT);
			}
			catch (DateTimeParseException notOne) {
				return null;
			}
		}
		return field.value().toString();
	}

	public String zone() {
		return clock.getZone().getId();
	}

}
