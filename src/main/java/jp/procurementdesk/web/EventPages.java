package jp.procurementdesk.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.EventRegistrations;
import jp.procurementdesk.opportunities.EventRefusedException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event part of an opportunity's page (docs/opportunities.md, Events), loaded by htmx into
 * the page; without htmx the same part stands on a page of its own. Its forms post here: htmx
 * swaps the answered part in place, a plain form post is redirected to the part's page.
 * A refusal (full, closed, started) shows the part again with the reason.
 */
@Controller
@RequestMapping("/opportunities/{id}/event")
class EventPages {

	private static final String HTMX = "HX-Request";

	private static final String PAGE = "opportunities/event-page";

	private final EventPart part;

	private final EventRegistrations registrations;

	private final MessageSource messages;

	EventPages(EventPart part, EventRegistrations registrations, MessageSource messages) {
		this.part = part;
		this.registrations = registrations;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable UUID id, CurrentUser user, Model model,
			@RequestHeader(name = HTMX, required = false) String htmx) {
		String view = part.show(id, user, model);
		return htmx != null ? view : PAGE;
	}

	@PostMapping("/registration")
	String register(@PathVariable UUID id, CurrentUser user, Model model, Locale locale,
			@RequestHeader(name = HTMX, required = false) String htmx, HttpServletResponse response, RedirectAttributes flash) {
		part.event(id, user);
		return act(id, user, model, locale, htmx, response, flash, "event.notice.registered",
				() -> registrations.register(id, user));
	}

	@PostMapping("/registration/cancel")
	String cancel(@PathVariable UUID id, CurrentUser user, Model model, Locale locale,
			@RequestHeader(name = HTMX, required = false) String htmx, HttpServletResponse response, RedirectAttributes flash) {
		part.event(id, user);
		return act(id, user, model, locale, htmx, response, flash, "event.notice.cancelled",
				() -> registrations.cancel(id, user));
	}

	@PostMapping("/products")
	String products(@PathVariable UUID id, @RequestParam(name = "productIds", required = false) List<UUID> productIds,
			CurrentUser user, Model model, Locale locale, @RequestHeader(name = HTMX, required = false) String htmx,
			HttpServletResponse response, RedirectAttributes flash) {
		part.event(id, user);
		return act(id, user, model, locale, htmx, response, flash, "event.notice.products",
				() -> registrations.showProducts(id, productIds == null ? List.of() : productIds, user));
	}

	@PostMapping("/attendance")
	String attendance(@PathVariable UUID id, @RequestParam(name = "usernames", required = false) List<String> usernames,
			CurrentUser user, Model model, Locale locale, @RequestHeader(name = HTMX, required = false) String htmx,
			HttpServletResponse response, RedirectAttributes flash) {
		part.event(id, user);
		return act(id, user, model, locale, htmx, response, flash, "event.notice.attendance",
				() -> registrations.recordAttendance(id, usernames == null ? List.of() : usernames, user));
	}

	private String act(UUID id, CurrentUser user, Model model, Locale locale, String htmx,
			HttpServletResponse response, RedirectAttributes flash, String notice, Runnable action) {
		try {
			action.run();
		}
		catch (EventRefusedException | InvalidInputException refused) {
			// htmx swaps only what answers 2xx: it gets the part with the reason; a plain post the status.
			if (htmx == null) {
				response.setStatus(refused instanceof EventRefusedException ? HttpServletResponse.SC_CONFLICT
						: HttpServletResponse.SC_BAD_REQUEST);
			}
			model.addAttribute("eventAlert", reason(refused, locale));
			String view = part.show(id, user, model);
			return htmx != null ? view : PAGE;
		}
		if (htmx == null) {
			flash.addFlashAttribute("notice", notice);
			return "redirect:/opportunities/" + id + "/event";
		}
		model.addAttribute("eventNotice", notice);
		return part.show(id, user, model);
	}

	/** The reason in the user's language. */
	private String reason(RuntimeException refused, Locale locale) {
		String key = refused instanceof EventRefusedException event ? "event.refused." + event.reason().name()
				: "event.refused.PRODUCTS";
		return messages.getMessage(key, null, locale);
	}

}
