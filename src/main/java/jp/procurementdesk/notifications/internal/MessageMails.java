package jp.procurementdesk.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails of the conversation (docs/conversation.md): per recipient and case, once the oldest
 * waiting message has waited {@code desk.messages.mail-every}, one mail listing every message
 * waiting, in the recipient's language, queued in the outbox in the transaction that removes them
 * from {@code desk.message_mail}. Every node runs it; a transaction-scoped advisory lock lets one
 * node at a time do the round, so each message is mailed once.
 */
@Component
class MessageMails {

	private static final Logger log = LoggerFactory.getLogger(MessageMails.class);

	/** The advisory lock's key: "msg mail", a number no other lock of the desk uses. */
	static final long LOCK = 0x6d73_6720_6d61_696cL;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final NotificationTexts texts;

	private final MessageSource messages;

	private final MessageMailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String publicUrl;

	MessageMails(JdbcClient jdbc, MailOutbox outbox, NotificationTexts texts, MessageSource messages,
			MessageMailProperties properties, TransactionTemplate transactions, Clock clock,
			@Value("${desk.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.texts = texts;
		this.messages = messages;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Scheduled(initialDelayString = "${desk.notifications.mail.send-interval}",
			fixedDelayString = "${desk.notifications.mail.send-interval}")
	void scheduled() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Message mails round failed, next round soon: {}", ex.toString());
		}
	}

	/** One round; returns the mails queued (0 when another node holds the lock). */
	int sendDue() {
		Integer queued = transactions.execute(status -> {
			Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return 0;
			}
			Instant due = clock.instant().minus(properties.mailEvery());
			List<Waiting> waiting = jdbc.sql("""
					select id, recipient, address, name, locale, case_id, reference, author_name, body, posted_at
					from desk.message_mail m
					where (recipient, case_id) in (select recipient, case_id from desk.message_mail
					                               group by recipient, case_id having min(queued_at) <= :due)
					order by recipient, case_id, posted_at, id""")
				.param("due", Timestamp.from(due))
				.query(Waiting.class)
				.list();
			Map<String, List<Waiting>> mails = new LinkedHashMap<>();
			waiting.forEach(each -> mails.computeIfAbsent(each.recipient() + "/" + each.caseId(), key -> new ArrayList<>())
				.add(each));
			mails.values().forEach(this::queue);
			if (!waiting.isEmpty()) {
				jdbc.sql("delete from desk.message_mail where id in (:ids)")
					.param("ids", waiting.stream().map(Waiting::id).toList())
					.update();
			}
			return mails.size();
		});
		return queued == null ? 0 : queued;
	}

	private void queue(List<Waiting> mail) {
		Waiting first = mail.get(0);
		Locale locale = NotificationTexts.localeOf(first.locale());
		StringBuilder list = new StringBuilder();
		for (Waiting each : mail) {
			String at = TIME.format(each.postedAt().atZoneSameInstant(clock.getZone()));
			list.append(messages.getMessage("message.mail.item", new Object[] { each.authorName(), at }, locale))
				.append('\n')
				.append(indent(each.body()))
				.append("\n\n");
		}
		String subject = texts.subject(messages.getMessage("message.mail.subject",
				new Object[] { first.reference(), mail.size() }, locale), locale);
		String body = messages.getMessage("message.mail.body", new Object[] { first.name() == null ? first.recipient()
				: first.name(), first.reference(), mail.size(), list.toString().stripTrailing(),
				publicUrl + "/cases/" + first.caseId() + "#messages" }, locale);
		outbox.enqueue(null, first.recipient(), first.address(), subject, body);
	}

	private static String indent(String body) {
		return body.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
	}

	record Waiting(UUID id, String recipient, String address, String name, String locale, UUID caseId, String reference,
			String authorName, String body, OffsetDateTime postedAt) {
	}

}
