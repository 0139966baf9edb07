package jp.procurementdesk.calendar.internal;

import io.swagger.v3.oas.annotations.Hidden;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed itself, {@code GET /calendar/<token>.ics}: no session or bearer token (calendar
 * applications have neither), the token is the credential. Anything but a current token of an
 * enabled user is 404, the same answer whatever the reason. Never stored by a cache on the way:
 * it is private and changes with every task.
 */
@RestController
@Hidden
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeed feed;

	CalendarFeedController(CalendarFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String body = feed.of(token).orElseThrow(() -> new NotFoundException("Calendar"));
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"procurement-desk.ics\"")
			.header("X-Robots-Tag", "noindex")
			.body(body);
	}

}
