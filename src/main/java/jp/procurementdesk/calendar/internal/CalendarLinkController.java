package jp.procurementdesk.calendar.internal;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.calendar.CalendarLinks;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's private calendar feed URL (docs/calendar.md); any signed-in user. */
@RestController
@RequestMapping("/api/calendar/link")
@Tag(name = "Calendar", description = "The caller's private calendar feed URL (iCalendar) and its rotation.")
class CalendarLinkController {

	private final CalendarLinks links;

	CalendarLinkController(CalendarLinks links) {
		this.links = links;
	}

	@GetMapping
	@Operation(operationId = "getCalendarLink", summary = "The caller's private calendar feed URL (created on the first call)")
	Link link(CurrentUser user) {
		return new Link(links.link(user));
	}

	@PostMapping("/rotate")
	@Operation(operationId = "rotateCalendarLink", summary = "Replace the caller's feed URL; the old one then answers 404")
	Link rotate(CurrentUser user) {
		return new Link(links.rotate(user));
	}

	/** @param url absolute: {@code https://<desk>/calendar/<token>.ics} */
	record Link(URI url) {
	}

}
