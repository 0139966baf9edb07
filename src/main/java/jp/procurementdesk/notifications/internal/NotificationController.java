package jp.procurementdesk.notifications.internal;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.notifications.NotificationView;
import jp.procurementdesk.notifications.Notifications;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications}: the caller's own notifications (docs/contract.md, REST API). */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The caller's own notifications.")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Newest first, {@code {items[], page, size, total}}; {@code unread=true} for the unread ones only. */
	@Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first")
	@GetMapping
	Page<NotificationView> list(CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		Paging.check(page, size);
		return notifications.list(user, unread, page, size, locale);
	}

	/** 204; 404 when the caller has no such notification. */
	@Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
	@ApiResponse(responseCode = "204", description = "Read.")
	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable UUID id, CurrentUser user) {
		notifications.markRead(id, user);
		return ResponseEntity.noContent().build();
	}

	@Operation(operationId = "markAllNotificationsRead", summary = "Mark all the caller's notifications read")
	@ApiResponse(responseCode = "204", description = "All read.")
	@PostMapping("/read-all")
	ResponseEntity<Void> readAll(CurrentUser user) {
		notifications.markAllRead(user);
		return ResponseEntity.noContent().build();
	}

}
