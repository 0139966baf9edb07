package jp.procurementdesk.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server (GreenMail) that keeps every mail it receives in memory: the tests'
 * and the local run's mail server. It can be stopped and started again on the same port,
 * to play an SMTP server that is away for a while.
 */
public final class MailCatcher implements AutoCloseable {

	private final int port;

	private GreenMail server;

	private Thread watcher;

	private MailCatcher(int port) {
		this.port = port;
	}

	public static MailCatcher start(int port) {
		MailCatcher catcher = new MailCatcher(port);
		catcher.startServer();
		return catcher;
	}

	public int port() {
		return port;
	}

	public synchronized boolean running() {
		return server != null;
	}

	/** Starts the SMTP server again (same port) after {@link #stop()}. */
	public synchronized void startServer() {
		if (server == null) {
			GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			greenMail.start();
			server = greenMail;
		}
	}

	/** The SMTP server goes away: connections are refused until {@link #startServer()}. */
	public synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** The mails received since the server (last) started. */
	public synchronized List<Mail> received() {
		if (server == null) {
			return List.of();
		}
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			mails.add(Mail.of(message));
		}
		return mails;
	}

	/** Hands every new mail to the consumer (checked every second), for the local run's log. */
	public synchronized void watch(Consumer<Mail> consumer) {
		watcher = new Thread(() -> {
			int seen = 0;
			while (!Thread.currentThread().isInterrupted()) {
				List<Mail> mails = received();
				for (int i = seen; i < mails.size(); i++) {
					consumer.accept(mails.get(i));
				}
				seen = mails.size();
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "mail-catcher-log");
		watcher.setDaemon(true);
		watcher.start();
	}

	@Override
	public synchronized void close() {
		if (watcher != null) {
			watcher.interrupt();
		}
		stop();
	}

	/** One received mail: envelope recipient(s), subject and plain-text body. */
	public record Mail(List<String> to, String subject, String body) {

		static Mail of(MimeMessage message) {
			try {
				List<String> to = message.getRecipients(RecipientType.TO) == null ? List.of()
						: Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).toList();
				Object content = message.getContent();
				return new Mail(to, message.getSubject(),
						content instanceof String text ? text : GreenMailUtil.getBody(message));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
