package jp.procurementdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: real time plus an offset a test may move
 * forward (to expire tokens, pass due dates). Tests that move it reset it afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(ZoneId.of("Asia/Tokyo"));
	}

	public static final class MovableClock extends Clock {

		private final ZoneId zone;

		private volatile Duration offset = Duration.ZERO;

		MovableClock(ZoneId zone) {
			this.zone = zone;
		}

		public void advance(Duration duration) {
			offset = offset.plus(duration);
		}

		public void reset() {
			offset = Duration.ZERO;
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId other) {
			MovableClock clock = new MovableClock(other);
			clock.offset = offset;
			return clock;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(offset);
		}

	}

}
