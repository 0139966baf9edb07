package jp.procurementdesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.procurementdesk.support.DeskInfrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.env.Environment;

/**
 * {@code ./mvnw spring-boot:test-run}: the whole system on one machine with only a JDK.
 * Embedded PostgreSQL (data kept in {@code .data/postgres}), real Keycloak with the demo
 * realm, and the application with the demo profile. Ctrl-C stops all of it.
 *
 * A local mail catcher (GreenMail) receives the application's and Keycloak's mails, logs each
 * one and serves them over IMAP to any mail client.
 *
 * <p>Ports: {@code SERVER_PORT} (8080), {@code KEYCLOAK_PORT} (8180), {@code POSTGRES_PORT} (5433),
 * {@code MAIL_PORT} (3025, SMTP), {@code MAIL_IMAP_PORT} (3143, IMAP).
 */
public class LocalDeskApplication {

	public static void main(String[] args) {
		int keycloakPort = port("KEYCLOAK_PORT", 8180);
		int mailPort = port("MAIL_PORT", 3025);
		int imapPort = port("MAIL_IMAP_PORT", 3143);
		System.out.println("Starting PostgreSQL, the mail catcher and Keycloak (Keycloak takes about 20-60 s) ...");
		DeskInfrastructure infrastructure = DeskInfrastructure.forLocalRun(port("POSTGRES_PORT", 5433), keycloakPort,
				mailPort, imapPort, Path.of(".data"));
		infrastructure.mail().watch(mail -> System.out.println("[mail catcher] to " + String.join(", ", mail.to())
				+ ": " + mail.subject()));

		List<String> arguments = new ArrayList<>();
		infrastructure.applicationProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		if (System.getenv("DESK_PUBLIC_URL") == null) {
			// Links in mails point at this run's port.
			arguments.add("--desk.public-url=http://localhost:" + port("SERVER_PORT", 8080));
		}
		arguments.addAll(List.of(args));
		SpringApplication application = new SpringApplication(DeskApplication.class);
		application.setAdditionalProfiles("demo");
		application.addListeners((ApplicationReadyEvent ready) -> printWelcome(ready.getApplicationContext()
			.getEnvironment(), infrastructure.keycloak().url(), mailPort, imapPort));
		// Stopped after the application context has closed, which still needs the database.
		SpringApplication.getShutdownHandlers().add(infrastructure::close);
		try {
			application.run(arguments.toArray(String[]::new));
		}
		catch (RuntimeException failure) {
			infrastructure.close();
			throw failure;
		}
	}

	private static void printWelcome(Environment environment, String keycloak, int mailPort, int imapPort) {
		String app = "http://localhost:" + environment.getProperty("local.server.port");
		System.out.println("""

				==========================================================================
				 Procurement Desk is running: %1$s
				   Sign in with a demo user (password: demo):
				     acme.user, acme.second  company Acme Medical Devices
				     sakura.user             company Sakura Diagnostics
				     advisor.tanaka, advisor.suzuki   advisors
				     supervisor.sato         supervisor (also Camunda: %1$s/camunda/app/)
				   API:       %1$s/api/me with a bearer token from
				              %2$s/realms/procurement-desk/protocol/openid-connect/token
				              (client desk-cli, grant_type=password)
				   Keycloak:  %2$s/admin (admin / admin)
				   Mail:      every mail (the desk's and Keycloak's) goes to the local mail
				              catcher (SMTP port %3$d) and is logged here as
				              "[mail catcher] to <address>: <subject>"
				   Read mail: any mail client, IMAP on 127.0.0.1 port %4$d, no TLS;
				              user = the recipient's address, any password
				   Ctrl-C stops the application, Keycloak and PostgreSQL.
				==========================================================================
				""".formatted(app, keycloak, mailPort, imapPort));
	}

	private static int port(String variable, int fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
	}

}
