package jp.procurementdesk.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import jp.procurementdesk.dashboard.FiscalYear;
import jp.procurementdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvTest {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void quotesCommasQuotesAndLineBreaksOnly() {
		StringBuilder out = new StringBuilder();
		Csv.appendRow(out, Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", null, "日本語"));
		assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,日本語\r\n");
	}

	@Test
	void fiscalYearsRunFromAprilToMarchInTokyo() {
		FiscalYear year = new FiscalYear(2026, TOKYO);
		assertThat(year.start()).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
		assertThat(year.end()).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
		assertThat(FiscalYear.monthIndex(4)).isZero();
		assertThat(FiscalYear.monthIndex(3)).isEqualTo(11);
		assertThat(FiscalYear.current(Clock.fixed(Instant.parse("2026-03-31T14:59:59Z"), TOKYO)).year()).isEqualTo(2025);
		assertThat(FiscalYear.current(Clock.fixed(Instant.parse("2026-03-31T15:00:00Z"), TOKYO)).year()).isEqualTo(2026);
		Clock clock = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), TOKYO);
		assertThat(FiscalYear.of(null, clock).year()).isEqualTo(2026);
		assertThat(FiscalYear.of(" 2012 ", clock).year()).isEqualTo(2012);
		for (String bad : new String[] { "x", "1999", "2101", "20.5" }) {
			assertThatThrownBy(() -> FiscalYear.of(bad, clock)).isInstanceOf(InvalidInputException.class);
		}
	}

}
