package jp.procurementdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central, unpacked by the build into
 * {@code target/keycloak}) in dev mode with an in-memory database: every start imports the
 * realm file of the repository afresh.
 */
public final class KeycloakServer implements AutoCloseable {

	public static final String REALM = "procurement-desk";

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final int port;

	private final Path log;

	private KeycloakServer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts Keycloak and waits until the realm answers. */
	public static KeycloakServer start(Path home, Path realmFile, int port, Path log) {
		return start(home, realmFile, port, log, Map.of());
	}

	/**
	 * Starts Keycloak with these environment variables (read by the realm file's
	 * {@code ${VARIABLE:default}} placeholders, e.g. {@code DESK_SMTP_HOST}, {@code DESK_SMTP_PORT}) and
	 * waits until the realm answers.
	 */
	public static KeycloakServer start(Path home, Path realmFile, int port, Path log, Map<String, String> environment) {
		Path script = home.resolve("bin/kc.sh");
		if (!Files.isRegularFile(script)) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": run through Maven (./mvnw verify or ./mvnw spring-boot:test-run), which unpacks it");
		}
		try {
			Path imports = Files.createDirectories(home.resolve("data/import"));
			Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			Files.createDirectories(log.toAbsolutePath().getParent());
			ProcessBuilder builder = new ProcessBuilder(List.of("/bin/bash", script.toString(), "start-dev",
					"--http-port=" + port, "--import-realm", "--db=dev-mem", "--health-enabled=false",
					"--metrics-enabled=false"))
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.putAll(environment);
			env.put("JAVA_HOME", System.getProperty("java.home"));
			env.putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			env.putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
			KeycloakServer server = new KeycloakServer(builder.start(), port, log);
			server.awaitRealm();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://localhost:" + port;
	}

	public int port() {
		return port;
	}

	public String issuer() {
		return url() + "/realms/" + REALM;
	}

	private void awaitRealm() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ": see " + log);
			}
			try {
				if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(500));
		}
		close();
		throw new IllegalStateException("Keycloak did not serve realm " + REALM + " in time: see " + log);
	}

	@Override
	public void close() {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
