package jp.procurementdesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

import jp.procurementdesk.shared.InvalidInputException;

/**
 * A Japanese fiscal year: {@code 2026} runs from 1 April 2026 to 31 March 2027, judged in the
 * desk's time zone (the application clock's zone).
 */
public record FiscalYear(int year, ZoneId zone) {

	public static final int MIN = 2000;

	public static final int MAX = 2100;

	/** The fiscal year of the given text, or the current one when it is blank; 400 when invalid. */
	public static FiscalYear of(String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return current(clock);
		}
		int year;
		try {
			year = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw InvalidInputException.of("fiscalYear", "fiscal-year", String.valueOf(MIN), String.valueOf(MAX));
		}
		if (year < MIN || year > MAX) {
			throw InvalidInputException.of("fiscalYear", "fiscal-year", String.valueOf(MIN), String.valueOf(MAX));
		}
		return new FiscalYear(year, clock.getZone());
	}

	public static FiscalYear current(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		return new FiscalYear(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, clock.getZone());
	}

	/** 1 April, 00:00 in the desk's zone (inclusive). */
	public Instant start() {
		return LocalDate.of(year, Month.APRIL, 1).atStartOfDay(zone).toInstant();
	}

	/** 1 April of the next year, 00:00 in the desk's zone (exclusive). */
	public Instant end() {
		return LocalDate.of(year + 1, Month.APRIL, 1).atStartOfDay(zone).toInstant();
	}

	/** Index 0..11 of a calendar month in the fiscal year: April 0, March 11. */
	public static int monthIndex(int calendarMonth) {
		return (calendarMonth + 8) % 12;
	}

}
