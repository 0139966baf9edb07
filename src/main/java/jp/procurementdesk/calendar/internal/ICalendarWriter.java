package jp.procurementdesk.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jp.procurementdesk.calendar.CalendarEntry;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed as iCalendar (RFC 5545) with ical4j. Times are written in UTC ({@code
 * 20260630T080000Z}), which every calendar application shows in its user's own zone; not
 * with {@code TZID=Asia/Tokyo}, because ical4j 4.1.1 writes local times of that zone an hour
 * late (it applies the daylight saving rules of 1948-1951 to today's dates), which a client
 * reading the zone's name would show wrongly. The desk's zone is named in
 * {@code X-WR-TIMEZONE} and decides the day of a date-only entry: a moment (no end) at
 * midnight there is a whole day (a due date without a time), any other moment lasts
 * {@link #MOMENT}. UIDs are the sources' own, so a calendar application updates
 * an entry instead of adding another.
 */
final class ICalendarWriter {

	static final String PRODUCT = "-//Procurement Desk//Calendar feed//EN";

	/** How long a deadline or a due date with a time of day is shown. */
	static final Duration MOMENT = Duration.ofMinutes(30);

	static final String UID_DOMAIN = "@procurement-desk";

	private ICalendarWriter() {
	}

	/**
	 * @param categoryOf the category shown for each kind, in the feed's language
	 * @param base the desk's address, that entries' paths are resolved against
	 */
	static String write(String name, List<CalendarEntry> entries, ZoneId zone, Instant now, URI base,
			Function<CalendarEntry.Kind, String> categoryOf) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		entries.stream()
			.filter(entry -> entry.start() != null)
			.sorted(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid))
			.forEach(entry -> calendar.add(event(entry, zone, now, base, categoryOf)));
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return text.toString();
	}

	private static VEvent event(CalendarEntry entry, ZoneId zone, Instant now, URI base,
			Function<CalendarEntry.Kind, String> categoryOf) {
		ZonedDateTime start = entry.start().atZoneSameInstant(zone);
		VEvent event;
		if (entry.end() == null && start.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			LocalDate day = start.toLocalDate();
			event = new VEvent(day, day.plusDays(1), entry.summary());
		}
		else {
			Instant end = entry.end() == null || entry.end().isBefore(entry.start()) ? start.toInstant().plus(MOMENT)
					: entry.end().toInstant();
			event = new VEvent(start.toInstant(), end, entry.summary());
		}
		event.add(new Uid(entry.uid() + UID_DOMAIN));
		// The constructor stamps the wall clock: the desk's clock instead (tests move it).
		event.replace(new DtStamp(now));
		event.add(new Categories(categoryOf.apply(entry.kind())));
		URI link = entry.path() == null ? null : base.resolve(entry.path());
		String description = entry.description() == null ? "" : entry.description();
		if (link != null) {
			event.add(new Url(link));
			description = description.isBlank() ? link.toString() : description + "\n\n" + link;
		}
		if (!description.isBlank()) {
			event.add(new Description(description));
		}
		return event;
	}

}
