package jp.procurementdesk.calendar.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the address the feed URLs start with ({@code DESK_CALENDAR_BASE_URL}), such
 * as {@code https://desk.example.org}; none: the address of the request that asks for the
 * link (behind a proxy, the forwarded one: docs/configuration.md)
 */
@ConfigurationProperties("desk.calendar")
record CalendarProperties(String baseUrl) {

	boolean hasBaseUrl() {
		return baseUrl != null && !baseUrl.isBlank();
	}

}
