package jp.procurementdesk.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times shown in the desk's time zone; templates call {@code @deskTime.format(...)}. */
@Component("deskTime")
class DeskTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

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

	public String zone() {
		return clock.getZone().getId();
	}

}
