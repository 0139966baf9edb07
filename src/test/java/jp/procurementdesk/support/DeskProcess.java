package jp.procurementdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/procurement-desk-*.jar}, built by {@code package}
 * before the integration tests run) in a JVM of its own, as production runs it: a fault test
 * may cut its database or Keycloak, or stop it with SIGTERM, without touching the
 * application context the other integration tests share; the benchmark measures it (start
 * time, memory) apart from its own JVM. The one runner of the packaged application for both.
 */
public final class DeskProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private final long startNanos;

	private DeskProcess(Process process, int port, Path log, long startNanos) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.startNanos = startNanos;
	}

	/**
	 * Starts the application with the demo profile and these properties, on a free port, its
	 * log in {@code target/<name>.log}: small and quick to start, as the machine runs the other
	 * tests' application too.
	 */
	public static DeskProcess start(String name, Map<String, Object> properties) {
		Map<String, Object> demo = new LinkedHashMap<>();
		demo.put("spring.profiles.active", "demo");
		demo.putAll(properties);
		return start(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), DeskInfrastructure.freePort(),
				Path.of("target", name + ".log"), demo);
	}

	/** Starts the application with these JVM options and properties on the port, its output in the log. */
	public static DeskProcess start(List<String> jvmOptions, int port, Path log, Map<String, Object> properties) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(log.toAbsolutePath().getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			return new DeskProcess(process, port, log, System.nanoTime());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Properties that point a packaged application at the test JVM's Keycloak; a fault test
	 * adds its own database and settings.
	 */
	public static Map<String, Object> withTestKeycloak() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("desk.keycloak.url", DeskInfrastructure.forTests().keycloak().url());
		properties.put("desk.keycloak.backchannel-url", DeskInfrastructure.forTests().keycloak().url());
		return properties;
	}

	public String url() {
		return "http://localhost:" + port;
	}

	public Path log() {
		return log;
	}

	public String logText() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** The JVM's process id (for {@code /proc} and {@code jcmd}). */
	public long pid() {
		return process.pid();
	}

	/**
	 * Waits until the probe (such as {@code /actuator/health/readiness}) answers 200; returns
	 * the time since the JVM was started.
	 */
	public Duration await(String probe, Duration timeout) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url() + probe)).timeout(Duration.ofSeconds(10)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - startNanos);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(100);
		}
		throw new IllegalStateException(probe + " did not answer 200 within " + timeout + "; see " + log);
	}

	/** SIGTERM, as an orchestrator stops a node; waits for the JVM to exit and returns its exit code. */
	public int terminate(Duration timeout) {
		process.destroy();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("The application did not exit within " + timeout + "; see " + log);
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** SIGKILL ({@code kill -9}): the JVM dies at once, nothing of it runs after, as on a crash. */
	public void kill() {
		process.destroyForcibly();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The application survived SIGKILL for 30 s; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("procurement-desk-.*\\.jar"))
				.filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No packaged application in target/: run the integration tests and the benchmark through Maven (after 'package')"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
