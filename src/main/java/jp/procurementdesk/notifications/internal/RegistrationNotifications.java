package jp.procurementdesk.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.companies.RegistrationEvents.RegistrationReviewOverdue;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import jp.procurementdesk.notifications.internal.NotificationStore.StoredNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * A company's registration has waited too long for its review: every supervisor hears of it,
 * in the application and by mail, with a link to the registration. Like the case
 * notifications, written in the transaction of the timer that noticed; recipients Keycloak
 * cannot name (it is away) are logged, not fatal.
 */
@Component
class RegistrationNotifications {

	static final String REVIEW_OVERDUE = "REGISTRATION_REVIEW_OVERDUE";

	private static final Logger log = LoggerFactory.getLogger(RegistrationNotifications.class);

	private final NotificationStore store;

	private final MailOutbox outbox;

	private final NotificationTexts texts;

	private final UserDirectory directory;

	private final Clock clock;

	private final String publicUrl;

	RegistrationNotifications(NotificationStore store, MailOutbox outbox, NotificationTexts texts,
			UserDirectory directory, Clock clock, @Value("${desk.public-url}") String publicUrl) {
		this.store = store;
		this.outbox = outbox;
		this.texts = texts;
		this.directory = directory;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@EventListener
	void on(RegistrationReviewOverdue overdue) {
		List<DirectoryUser> supervisors;
		try {
			supervisors = directory.members(DeskRole.SUPERVISOR);
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Notification {} of registration {} not recorded: recipients unknown ({})", REVIEW_OVERDUE,
					overdue.registrationId(), ex.toString());
			return;
		}
		Map<String, String> parameters = Map.of(NotificationTexts.COMPANY, overdue.companyName(),
				NotificationTexts.REGISTRATION_ID, overdue.registrationId().toString());
		String link = publicUrl + "/companies/registrations/" + overdue.registrationId();
		for (DirectoryUser supervisor : supervisors) {
			UUID id = UUID.randomUUID();
			store.add(new StoredNotification(id, supervisor.username(), null, REVIEW_OVERDUE, parameters,
					clock.instant(), null));
			if (supervisor.email() != null) {
				Locale locale = NotificationTexts.localeOf(supervisor.locale());
				String text = texts.text(REVIEW_OVERDUE, parameters, locale);
				outbox.enqueue(id, supervisor.username(), supervisor.email(), texts.subject(text, locale),
						texts.registrationBody(supervisor.displayName(), text, link, publicUrl + "/notifications",
								locale));
			}
		}
	}

}
