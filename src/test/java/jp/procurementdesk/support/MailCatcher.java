package jp.procurementdesk.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A local mail server (GreenMail) that keeps every mail it receives in memory: the tests'
 * and the local run's mail server, for the application's mails and Keycloak's. SMTP takes
 * the mails; IMAP serves them to any mail client (login = the recipient's address, any
 * password: GreenMail creates a mailbox for every recipient and checks no password). It can
 * be stopped and started again on the same ports, to play a mail server that is away for a
 * while.
 */
public final class MailCatcher implements AutoCloseable {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	private final int port;

	private final int imapPort;

	private GreenMail server;

	private Thread watcher;

	private MailCatcher(int port, int imapPort) {
		this.port = port;
		this.imapPort = imapPort;
	}

	/** SMTP on {@code port}, IMAP on {@code imapPort}, both on 127.0.0.1. */
	public static MailCatcher start(int port, int imapPort) {
		MailCatcher catcher = new MailCatcher(port, imapPort);
		catcher.startServer();
		return catcher;
	}

	/** SMTP on {@code port}, IMAP on a free port. */
	public static MailCatcher start(int port) {
		return start(port, DeskInfrastructure.freePort());
	}

	/** The SMTP port. */
	public int port() {
		return port;
	}

	public int imapPort() {
		return imapPort;
	}

	public synchronized boolean running() {
		return server != null;
	}

	/** Starts the mail server again (same ports) after {@link #stop()}. */
	public synchronized void startServer() {
		if (server == null) {
			GreenMail greenMail = new GreenMail(new ServerSetup[] {
					new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			greenMail.start();
			server = greenMail;
		}
	}

	/** The mail server goes away: connections are refused until {@link #startServer()}. */
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

	/** The mails received for that address (case-insensitive), oldest first. */
	public List<Mail> receivedBy(String address) {
		String wanted = address.toLowerCase(Locale.ROOT);
		return received().stream()
			.filter(mail -> mail.to().stream().anyMatch(to -> to.toLowerCase(Locale.ROOT).contains(wanted)))
			.toList();
	}

	/**
	 * The mails received for that address once there are at least {@code count} (mail from
	 * Keycloak or the outbox arrives a moment later), waiting up to 15 seconds.
	 * @throws AssertionError when fewer arrived
	 */
	public List<Mail> awaitReceivedBy(String address, int count) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (true) {
			List<Mail> mails = receivedBy(address);
			if (mails.size() >= count) {
				return mails;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Expected " + count + " mails to " + address + ", got " + mails.size());
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/**
	 * One received mail: recipient(s), subject and body as text (decoded; of a multipart mail,
	 * such as Keycloak's, its plain-text part).
	 */
	public record Mail(List<String> to, String subject, String body) {

		static Mail of(MimeMessage message) {
			try {
				List<String> to = message.getRecipients(RecipientType.TO) == null ? List.of()
						: Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).toList();
				String text = text(message, "text/plain");
				if (text == null) {
					text = text(message, "text/html");
				}
				return new Mail(to, message.getSubject(), text != null ? text : GreenMailUtil.getBody(message));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The links of the body, in order. */
		public List<String> links() {
			return LINK.matcher(body).results().map(MatchResult::group).toList();
		}

		/** The first link containing the text (e.g. {@code login-actions/action-token}). */
		public Optional<String> link(String containing) {
			return links().stream().filter(link -> link.contains(containing)).findFirst();
		}

		/** The first part of that type, decoded, or null. */
		private static String text(Part part, String type) throws MessagingException, IOException {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = text(multipart.getBodyPart(i), type);
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}

	}

}
