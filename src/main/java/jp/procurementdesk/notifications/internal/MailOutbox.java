package jp.procurementdesk.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jp.procurementdesk.shared.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Mails go through table {@code desk.mail_outbox}: written in the transaction of the change
 * ({@link #enqueue}), sent afterwards by {@link #sendDue()} every few seconds. A failure
 * (SMTP server down, refused recipient) is logged and retried with a growing wait; the work
 * that caused the mail never waits for SMTP nor fails with it. Rows are claimed with
 * {@code for update skip locked}, so several nodes may run the sender.
 *
 * <p>Mail is off when {@code spring.mail.host} is empty: nothing is queued or sent.
 */
@Component
class MailOutbox implements OutgoingMail {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	/** Retry times are wall-clock matters, not business time: the real clock. */
	private final Clock clock = Clock.systemUTC();

	MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
			TransactionTemplate transactions, Environment environment) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transactions = transactions;
		String host = environment.getProperty("spring.mail.host");
		this.enabled = StringUtils.hasText(host);
		if (enabled) {
			log.info("Mail notifications on: SMTP {}:{}, from {}", host, environment.getProperty("spring.mail.port", "25"),
					properties.from());
		}
		else {
			log.info("Mail notifications off: no spring.mail.host (SPRING_MAIL_HOST) configured");
		}
	}

	boolean enabled() {
		return enabled;
	}

	@Override
	public void queue(String address, String subject, String body) {
		enqueue(null, address.length() > 100 ? address.substring(0, 100) : address, address, subject, body);
	}

	/** Queues a mail in the current transaction; nothing when mail is off. */
	void enqueue(UUID notificationId, String recipient, String address, String subject, String body) {
		if (!enabled) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into desk.mail_outbox (id, notification_id, recipient, address, subject, body, created_at, next_attempt_at)
				values (:id, :notification, :recipient, :address, :subject, :body, :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("notification", notificationId)
			.param("recipient", recipient)
			.param("address", address)
			.param("subject", abbreviate(subject, 500))
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update();
	}

	@Scheduled(initialDelayString = "${desk.notifications.mail.send-interval}",
			fixedDelayString = "${desk.notifications.mail.send-interval}")
	void sendDue() {
		if (!enabled) {
			return;
		}
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> due().forEach(mail -> send(sender, mail)));
		}
		catch (RuntimeException ex) {
			log.warn("Mail outbox round failed, next round in {}: {}", properties.sendInterval(), ex.toString());
		}
	}

	private List<QueuedMail> due() {
		return jdbc.sql("""
				select id, address, subject, body, attempts from desk.mail_outbox
				where sent_at is null and failed_at is null and next_attempt_at <= :now
				order by next_attempt_at, created_at
				limit :batch
				for update skip locked""")
			.param("now", Timestamp.from(clock.instant()))
			.param("batch", properties.batchSize())
			.query(QueuedMail.class)
			.list();
	}

	private void send(JavaMailSender sender, QueuedMail mail) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(properties.from());
			helper.setTo(mail.address());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			sender.send(message);
			jdbc.sql("update desk.mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", mail.id())
				.update();
			log.debug("Mail {} sent to {}: {}", mail.id(), mail.address(), mail.subject());
		}
		catch (Exception ex) {
			failed(mail, ex);
		}
	}

	private void failed(QueuedMail mail, Exception ex) {
		int failures = mail.attempts() + 1;
		String error = abbreviate(ex.getClass().getSimpleName() + ": " + ex.getMessage(), 1000);
		Instant now = clock.instant();
		if (failures >= properties.maxAttempts()) {
			log.error("Mail {} to {} given up after {} attempts: {}", mail.id(), mail.address(), failures, error);
			jdbc.sql("update desk.mail_outbox set attempts = :attempts, failed_at = :now, last_error = :error where id = :id")
				.param("attempts", failures)
				.param("now", Timestamp.from(now))
				.param("error", error)
				.param("id", mail.id())
				.update();
			return;
		}
		Instant next = now.plus(properties.backoff(failures));
		log.warn("Mail {} to {} not sent (attempt {}), next attempt at {}: {}", mail.id(), mail.address(), failures, next,
				error);
		jdbc.sql("update desk.mail_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error where id = :id")
			.param("attempts", failures)
			.param("next", Timestamp.from(next))
			.param("error", error)
			.param("id", mail.id())
			.update();
	}

	private static String abbreviate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	record QueuedMail(UUID id, String address, String subject, String body, int attempts) {
	}

}
