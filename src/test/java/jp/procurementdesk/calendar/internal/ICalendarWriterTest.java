package jp.procurementdesk.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import jp.procurementdesk.calendar.CalendarEntry;
import jp.procurementdesk.calendar.CalendarEntry.Kind;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** The feed as a calendar application reads it: parsed back with ical4j. */
class ICalendarWriterTest {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

	private static final URI BASE = URI.create("https://desk.example.org/");

	@Test
	void writesAnRfc5545CalendarWithTheDesksZone() throws Exception {
		CalendarEntry bid = new CalendarEntry("bid-deadline-1", Kind.BID_DEADLINE, "Bid deadline: RDTs (PD-2026-000001)",
				"Tender: RDTs\nAgency: UNICEF", OffsetDateTime.parse("2026-06-30T17:00+09:00"), null, "/cases/1");
		CalendarEntry event = new CalendarEntry("event-2", Kind.EVENT, "Seminar", null,
				OffsetDateTime.parse("2026-06-10T01:00Z"), OffsetDateTime.parse("2026-06-10T03:00Z"), null);

		String text = ICalendarWriter.write("Procurement Desk (Acme)", List.of(bid, event), TOKYO, NOW, BASE, Kind::name);
		Calendar calendar = parse(text);

		assertThat(text.split("\r\nDTSTAMP:", -1)).as("one DTSTAMP per event").hasSize(3);

		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		assertThat(value(calendar, Property.PRODID)).isEqualTo(ICalendarWriter.PRODUCT);
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Procurement Desk (Acme)");
		assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Asia/Tokyo");
		// UTC, which no client reads wrongly: 17:00 in Tokyo is 08:00Z.
		assertThat(text).contains("DTSTART:20260630T080000Z", "DTEND:20260630T083000Z");
		List<VEvent> events = calendar.getComponents("VEVENT");
		// Soonest first.
		assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
			.containsExactly("event-2@procurement-desk", "bid-deadline-1@procurement-desk");
		VEvent deadline = events.get(1);
		Instant start = Instant.from(deadline.getDateTimeStart().getDate());
		assertThat(start).isEqualTo(OffsetDateTime.parse("2026-06-30T17:00+09:00").toInstant());
		Instant end = Instant.from(deadline.getDateTimeEnd().getDate());
		assertThat(end).isEqualTo(start.plus(ICalendarWriter.MOMENT));
		assertThat(deadline.getSummary().getValue()).isEqualTo("Bid deadline: RDTs (PD-2026-000001)");
		assertThat(deadline.getDescription().getValue()).startsWith("Tender: RDTs\nAgency: UNICEF")
			.endsWith("https://desk.example.org/cases/1");
		assertThat(deadline.getUrl().getValue()).isEqualTo("https://desk.example.org/cases/1");
		assertThat(value(deadline, Property.CATEGORIES)).isEqualTo("BID_DEADLINE");
		assertThat(deadline.getDateTimeStamp().getDate()).isEqualTo(NOW);
		Instant eventEnd = Instant.from(events.get(0).getDateTimeEnd().getDate());
		assertThat(eventEnd).isEqualTo(Instant.parse("2026-06-10T03:00:00Z"));
	}

	@Test
	void aDueDateAtMidnightIsAWholeDay() throws Exception {
		CalendarEntry who = new CalendarEntry("who-response-1", Kind.WHO_RESPONSE_DUE, "WHO response due", "",
				OffsetDateTime.parse("2026-07-01T00:00+09:00"), null, "/cases/1");

		VEvent day = parse(ICalendarWriter.write("Desk", List.of(who), TOKYO, NOW, BASE, Kind::name))
			.<VEvent>getComponents("VEVENT")
			.get(0);

		Temporal start = day.getDateTimeStart().getDate();
		assertThat(start).isEqualTo(LocalDate.parse("2026-07-01"));
		assertThat(day.getDateTimeEnd().getDate()).isEqualTo(LocalDate.parse("2026-07-02"));
	}

	@Test
	void anEmptyFeedIsStillACalendar() throws Exception {
		Calendar calendar = parse(ICalendarWriter.write("Desk", List.of(), TOKYO, NOW, BASE, Kind::name));

		assertThat(calendar.getComponents("VEVENT")).isEmpty();
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
	}

	@Test
	void neverFetchesTimeZonesFromTheInternet() {
		assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
		assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"))
			.contains("net.fortuna.ical4j.util.MapTimeZoneCache");
	}

	private static Calendar parse(String text) throws Exception {
		assertThat(text).contains("\r\n").startsWith("BEGIN:VCALENDAR");
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElseThrow();
	}

}
