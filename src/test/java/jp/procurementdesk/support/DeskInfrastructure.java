package jp.procurementdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * What the application needs around it, for real: PostgreSQL (embedded binaries), Keycloak
 * and a mail server (GreenMail, keeping the mails it receives: SMTP for the application and
 * for Keycloak, whose realm SMTP settings point at it; IMAP for a mail client). Integration tests share one instance per JVM; the local run keeps its database
 * in {@code .data/postgres}. It is stopped after the application that uses it, never
 * concurrently with the application's own shutdown (which still needs the database).
 */
public final class DeskInfrastructure implements AutoCloseable {

	private static DeskInfrastructure forTests;

	private final EmbeddedPostgres postgres;

	private final KeycloakServer keycloak;

	private final MailCatcher mail;

	private final AtomicInteger users = new AtomicInteger();

	private final CountDownLatch stopped = new CountDownLatch(1);

	private DeskInfrastructure(EmbeddedPostgres postgres, KeycloakServer keycloak, MailCatcher mail) {
		this.postgres = postgres;
		this.keycloak = keycloak;
		this.mail = mail;
	}

	/**
	 * Started on first use, on free ports; stopped when the last application context using it
	 * closes (see {@link #retain()}), or at the latest a minute into the JVM's shutdown.
	 */
	public static synchronized DeskInfrastructure forTests() {
		if (forTests == null) {
			EmbeddedPostgres postgres = startPostgres(freePort(), Files.isDirectory(Path.of("target"))
					? Path.of("target/postgres-it") : tempDirectory(), true);
			MailCatcher mail = MailCatcher.start(freePort(), freePort());
			KeycloakServer keycloak = KeycloakServer.start(keycloakHome(), Path.of("realm/procurement-desk-realm.json"),
					freePort(), Path.of("target/keycloak-it.log"), smtpFor(mail));
			DeskInfrastructure infrastructure = new DeskInfrastructure(postgres, keycloak, mail);
			Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::closeAfterUsers, "stop-test-infrastructure"));
			forTests = infrastructure;
		}
		return forTests;
	}

	/** An application context starts using this infrastructure. */
	public void retain() {
		users.incrementAndGet();
	}

	/** An application context has closed; the last one stops the infrastructure. */
	public void release() {
		if (users.decrementAndGet() == 0) {
			synchronized (DeskInfrastructure.class) {
				if (forTests == this) {
					forTests = null;
				}
			}
			close();
		}
	}

	/**
	 * For {@code ./mvnw spring-boot:test-run}: the database survives restarts; the mail catcher
	 * takes SMTP on {@code mailPort} (the application's and Keycloak's mails) and serves IMAP on
	 * {@code imapPort}.
	 */
	public static DeskInfrastructure forLocalRun(int postgresPort, int keycloakPort, int mailPort, int imapPort,
			Path dataDirectory) {
		EmbeddedPostgres postgres = startPostgres(postgresPort, dataDirectory.resolve("postgres"), false);
		MailCatcher mail = MailCatcher.start(mailPort, imapPort);
		KeycloakServer keycloak = KeycloakServer.start(keycloakHome(), Path.of("realm/procurement-desk-realm.json"),
				keycloakPort, dataDirectory.resolve("keycloak.log"), smtpFor(mail));
		return new DeskInfrastructure(postgres, keycloak, mail);
	}

	/** Keycloak's environment that points the realm's SMTP settings at the catcher. */
	public static Map<String, String> smtpFor(MailCatcher mail) {
		return Map.of("DESK_SMTP_HOST", "127.0.0.1", "DESK_SMTP_PORT", Integer.toString(mail.port()));
	}

	/**
	 * For the benchmark: PostgreSQL keeps its data in the directory (a clean start unless
	 * {@code keepData}), Keycloak and the SMTP catcher start fresh on free ports.
	 */
	public static DeskInfrastructure forBenchmark(Path dataDirectory, boolean keepData) {
		if (!keepData) {
			FileSystemUtils.deleteRecursively(dataDirectory.resolve("postgres").toFile());
		}
		// Never cleaned on close (zonky would delete the data): a later run may reuse it.
		EmbeddedPostgres postgres = startPostgres(freePort(), dataDirectory.resolve("postgres"), false,
				BENCHMARK_POSTGRES);
		MailCatcher mail = MailCatcher.start(freePort(), freePort());
		KeycloakServer keycloak = KeycloakServer.start(keycloakHome(), Path.of("realm/procurement-desk-realm.json"),
				freePort(), dataDirectory.resolve("keycloak.log"), smtpFor(mail));
		return new DeskInfrastructure(postgres, keycloak, mail);
	}

	/** Spring properties that point the application at this infrastructure. */
	public Map<String, Object> applicationProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("desk.keycloak.url", keycloak.url());
		properties.put("desk.keycloak.backchannel-url", keycloak.url());
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", mail.port());
		return properties;
	}

	public KeycloakServer keycloak() {
		return keycloak;
	}

	/** The SMTP server the application sends its mails to. */
	public MailCatcher mail() {
		return mail;
	}

	/** The test JVM's SMTP server (the infrastructure of the running test contexts). */
	public static MailCatcher testMail() {
		return forTests().mail();
	}

	@Override
	public synchronized void close() {
		if (stopped.getCount() == 0) {
			return;
		}
		stopped.countDown();
		mail.close();
		keycloak.close();
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void closeAfterUsers() {
		try {
			stopped.await(users.get() > 0 ? 60 : 0, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		close();
	}

	/**
	 * The benchmark's PostgreSQL is set up as a server of its own would be for a database of
	 * this size (docs/performance.md); the tests keep PostgreSQL's small defaults.
	 */
	private static final Map<String, String> BENCHMARK_POSTGRES = Map.of("shared_buffers", "1GB", "work_mem", "16MB",
			"effective_cache_size", "8GB", "random_page_cost", "1.1");

	private static EmbeddedPostgres startPostgres(int port, Path dataDirectory, boolean clean) {
		return startPostgres(port, dataDirectory, clean, Map.of());
	}

	private static EmbeddedPostgres startPostgres(int port, Path dataDirectory, boolean clean,
			Map<String, String> settings) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			settings.forEach(builder::setServerConfig);
			return builder
				.setPort(port)
				.setDataDirectory(Files.createDirectories(dataDirectory))
				.setCleanDataDirectory(clean)
				// We stop it ourselves, after the application: see close().
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path keycloakHome() {
		return Path.of(System.getProperty("desk.local.keycloak-home", "target/keycloak/keycloak-26.5.6"));
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory("desk-postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
