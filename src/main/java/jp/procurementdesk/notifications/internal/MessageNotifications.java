package jp.procurementdesk.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.Cases.CaseLabel;
import jp.procurementdesk.conversation.MessagePosted;
import jp.procurementdesk.conversation.MessagesRead;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import jp.procurementdesk.notifications.internal.NotificationStore.StoredNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A message tells the other side (docs/conversation.md): a company's message the case's advisor,
 * or the supervisors while none is assigned; a desk message the company's users. In the
 * application at once; by mail later, several messages in one mail ({@link MessageMails}): each
 * message waits in {@code desk.message_mail} per recipient. An internal note tells no one.
 */
@Component
class MessageNotifications {

	static final String KIND = "MESSAGE_POSTED";

	private static final Logger log = LoggerFactory.getLogger(MessageNotifications.class);

	private final NotificationStore store;

	private final MailOutbox outbox;

	private final UserDirectory directory;

	private final Cases cases;

	private final JdbcClient jdbc;

	private final Clock clock;

	MessageNotifications(NotificationStore store, MailOutbox outbox, UserDirectory directory, Cases cases,
			JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.outbox = outbox;
		this.directory = directory;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Messages read in the application before their mail went out need no mail any more. */
	@EventListener
	void on(MessagesRead read) {
		if (read.messageIds().isEmpty()) {
			return;
		}
		jdbc.sql("delete from desk.message_mail where recipient = :username and case_id = :caseId and message_id in (:ids)")
			.param("username", read.username())
			.param("caseId", read.caseId())
			.param("ids", read.messageIds())
			.update();
	}

	@EventListener
	void on(MessagePosted message) {
		if (message.internal()) {
			return;
		}
		CaseLabel label = cases.labels(List.of(message.caseId())).get(message.caseId());
		if (label == null) {
			log.warn("No case {} for the notification of message {}", message.caseId(), message.messageId());
			return;
		}
		Collection<DirectoryUser> recipients;
		try {
			recipients = recipients(message, label);
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Message {} of case {} notified no one: recipients unknown ({})", message.messageId(),
					label.reference(), ex.toString());
			return;
		}
		Map<String, String> parameters = Map.of("reference", label.reference(), "author", message.authorName());
		for (DirectoryUser user : recipients) {
			store.add(new StoredNotification(UUID.randomUUID(), user.username(), message.caseId(), KIND, parameters,
					clock.instant(), null));
			if (user.email() != null && outbox.enabled()) {
				waitForMail(user, label, message);
			}
		}
	}

	private Collection<DirectoryUser> recipients(MessagePosted message, CaseLabel label) {
		Map<String, DirectoryUser> recipients = new LinkedHashMap<>();
		List<DirectoryUser> users;
		if (message.authorRole() == DeskRole.COMPANY) {
			users = label.advisor() != null ? directory.user(label.advisor()).stream().toList()
					: directory.members(DeskRole.SUPERVISOR);
		}
		else {
			users = directory.companyUsers(label.companyId());
		}
		users.forEach(user -> recipients.putIfAbsent(user.username(), user));
		recipients.remove(message.author());
		return recipients.values();
	}

	private void waitForMail(DirectoryUser user, CaseLabel label, MessagePosted message) {
		jdbc.sql("""
				insert into desk.message_mail (id, recipient, address, name, locale, case_id, reference, message_id,
				author_name, body, posted_at, queued_at)
				values (:id, :recipient, :address, :name, :locale, :caseId, :reference, :messageId, :author, :body, :postedAt, :now)
				on conflict (recipient, message_id) do nothing""")
			.param("id", UUID.randomUUID())
			.param("recipient", user.username())
			.param("address", user.email())
			.param("name", user.displayName())
			.param("locale", user.locale())
			.param("caseId", message.caseId())
			.param("reference", label.reference())
			.param("messageId", message.messageId())
			.param("author", message.authorName())
			.param("body", message.body())
			.param("postedAt", Timestamp.from(message.postedAt().toInstant()))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

}
