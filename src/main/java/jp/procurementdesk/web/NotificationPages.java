package jp.procurementdesk.web;

import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.notifications.Notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page and the header's bell (an htmx fragment, polled). */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

	private static final int PAGE_SIZE = 20;

	private final Notifications notifications;

	NotificationPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		model.addAttribute("notifications", notifications.list(user, false, Math.max(page, 0), PAGE_SIZE, locale));
		model.addAttribute("unread", notifications.unreadCount(user));
		return "notifications/list";
	}

	@GetMapping("/bell")
	String bell(CurrentUser user, Model model) {
		model.addAttribute("unread", notifications.unreadCount(user));
		return "notifications/bell :: bell";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable UUID id, CurrentUser user) {
		notifications.markRead(id, user);
		return "redirect:/notifications";
	}

	@PostMapping("/read-all")
	String readAll(CurrentUser user, RedirectAttributes redirect) {
		notifications.markAllRead(user);
		redirect.addFlashAttribute("notice", "notification.allRead");
		return "redirect:/notifications";
	}

}
