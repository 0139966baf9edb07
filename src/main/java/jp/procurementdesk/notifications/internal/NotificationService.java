package jp.procurementdesk.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.notifications.NotificationView;
import jp.procurementdesk.notifications.Notifications;
import jp.procurementdesk.notifications.internal.NotificationStore.StoredNotification;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NotificationService implements Notifications {

	private final NotificationStore store;

	private final NotificationTexts texts;

	private final Clock clock;

	private final String publicUrl;

	NotificationService(NotificationStore store, NotificationTexts texts, Clock clock,
			@Value("${desk.public-url}") String publicUrl) {
		this.store = store;
		this.texts = texts;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Override
	@Transactional(readOnly = true)
	public Page<NotificationView> list(CurrentUser user, boolean unreadOnly, int page, int size, Locale locale) {
		return new Page<>(store.list(user.username(), unreadOnly, page, size)
			.stream()
			.map(notification -> view(notification, locale))
			.toList(), page, size, store.count(user.username(), unreadOnly));
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return store.count(user.username(), true);
	}

	@Override
	@Transactional
	public void markRead(UUID id, CurrentUser user) {
		if (!store.markRead(id, user.username(), clock.instant())) {
			throw new NotFoundException("Notification");
		}
	}

	@Override
	@Transactional
	public void markAllRead(CurrentUser user) {
		store.markAllRead(user.username(), clock.instant());
	}

	/** The case page, or for a registration's (an opportunity's) notification the registration's (its) page. */
	private String link(StoredNotification notification) {
		if (notification.caseId() != null) {
			return publicUrl + "/cases/" + notification.caseId();
		}
		String opportunity = notification.parameters().get(NotificationTexts.OPPORTUNITY_ID);
		if (opportunity != null) {
			return publicUrl + "/opportunities/" + opportunity;
		}
		String registration = notification.parameters().get(NotificationTexts.REGISTRATION_ID);
		return registration == null ? null : publicUrl + "/companies/registrations/" + registration;
	}

	private NotificationView view(StoredNotification notification, Locale locale) {
		return new NotificationView(notification.id(), notification.caseId(), notification.parameters().get("reference"),
				notification.kind(), notification.parameters(),
				texts.text(notification.kind(), notification.parameters(), locale),
				link(notification),
				OffsetDateTime.ofInstant(notification.created(), clock.getZone()), notification.readAt() != null,
				notification.readAt() == null ? null : OffsetDateTime.ofInstant(notification.readAt(), clock.getZone()));
	}

}
