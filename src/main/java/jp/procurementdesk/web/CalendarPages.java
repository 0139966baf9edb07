package jp.procurementdesk.web;

import jp.procurementdesk.calendar.CalendarLinks;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's calendar feed: its address, how to subscribe, and replacing it (docs/calendar.md). */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

	private final CalendarLinks links;

	CalendarPages(CalendarLinks links) {
		this.links = links;
	}

	@GetMapping
	String page(CurrentUser user, Model model) {
		model.addAttribute("feedUrl", links.link(user).toString());
		return "calendar/feed";
	}

	@PostMapping("/rotate")
	String rotate(CurrentUser user, RedirectAttributes redirect) {
		links.rotate(user);
		redirect.addFlashAttribute("notice", "calendar.rotated");
		return "redirect:/calendar";
	}

}
