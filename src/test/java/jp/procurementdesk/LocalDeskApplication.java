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
 * A local SMTP catcher (GreenMail) receives the application's mails and logs each one.
 *
 * <p>Ports: {@code SERVER_PORT} (8080), {@code KEYCLOAK_PORT} (8180), {@code POSTGRES_PORT} (5433),
 * {@code MAIL_PORT} (3025, SMTP).
 */
public class LocalDeskApplication {

	public static void main(String[] args) {
		int keycloakPort = port("KEYCLOAK_PORT", 8180);
		int mailPort = port("MAIL_PORT", 3025);
		System.out.println("Starting PostgreSQL, Keycloak (Keycloak takes about 20-60 s) and the SMTP catcher ...");
		DeskInfrastructure infrastructure = DeskInfrastructure.forLocalRun(port("POSTGRES_PORT", 5433), keycloakPort,
				mailPort, Path.of(".data"));
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
			.getEnvironment(), infrastructure.keycloak().url(), mailPort));
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

	private static void printWelcome(Environment environment, String keycloak, int mailPort) {
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
				   Mail:      every mail goes to the local SMTP catcher on port %3$d and is
				              logged here as "[mail catcher] to <address>: <subject>"
				   Ctrl-C stops the application, Keycloak and PostgreSQL.
				==========================================================================
				""".formatted(app, keycloak, mailPort));
	}

	private static int port(String variable, int fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
	}

}
