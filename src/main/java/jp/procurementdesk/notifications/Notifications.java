package jp.procurementdesk.notifications;

import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

/** The caller's own notifications: list them, count the unread ones, mark them read. */
public interface Notifications {

	/** Newest first; texts in the given language. */
	Page<NotificationView> list(CurrentUser user, boolean unreadOnly, int page, int size, Locale locale);

	long unreadCount(CurrentUser user);

	/** Marks one of the user's notifications read; NotFoundException when the user has none with that id. */
	void markRead(UUID id, CurrentUser user);

	void markAllRead(CurrentUser user);

}
