package jp.procurementdesk;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the desk's time zone (fiscal years, due dates and
 * "today" are judged there). Tests replace it to move time forward.
 */
@Configuration(proxyBeanMethods = false)
class DeskClock {

	@Bean
	Clock clock(TimeProperties properties) {
		return Clock.system(properties.zone());
	}

	@ConfigurationProperties("desk.time")
	record TimeProperties(ZoneId zone) {
	}

}
