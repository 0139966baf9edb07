package jp.procurementdesk.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/procurement-desk-*.jar}) in a JVM of its own, as
 * production runs it: its start time, resident memory and heap are its own, not the
 * benchmark's.
 */
final class AppProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Started DeskApplication in ([0-9.]+) seconds");

	private final Process process;

	private final Path log;

	private final int port;

	private final long startNanos;

	private double readySeconds = Double.NaN;

	private AppProcess(Process process, Path log, int port, long startNanos) {
		this.process = process;
		this.log = log;
		this.port = port;
		this.startNanos = startNanos;
	}

	static AppProcess start(Map<String, Object> properties, String jvmOptions, int port, Path log) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmOptions.trim().split("\\s+")));
		command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new AppProcess(process, log, port, System.nanoTime());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the application", ex);
		}
	}

	/** Waits until the readiness probe answers 200; returns the seconds since the JVM started. */
	double awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (HttpLoad.send(probe).statusCode() == 200) {
					readySeconds = (System.nanoTime() - startNanos) / 1e9;
					return readySeconds;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			sleep(100);
		}
		throw new IllegalStateException("The application was not ready within " + timeout + "; see " + log);
	}

	/** Spring Boot's own figure ("Started DeskApplication in N seconds"). */
	double springStartSeconds() {
		try {
			Matcher matcher = STARTED.matcher(Files.readString(log));
			return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	double readySeconds() {
		return readySeconds;
	}

	String url() {
		return "http://localhost:" + port;
	}

	/** Resident set size in MB, from /proc. */
	double residentMegabytes() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)
				.findFirst()
				.orElse(Double.NaN);
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	/** Used heap in MB as the JVM reports it (jcmd GC.heap_info); after a full GC if asked. */
	double heapUsedMegabytes(boolean afterFullGc) {
		if (afterFullGc) {
			jcmd("GC.run");
		}
		Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
		return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
	}

	private String jcmd(String command) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
				.redirectErrorStream(true)
				.start();
			String output = new String(run.getInputStream().readAllBytes());
			run.waitFor(30, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
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
				.orElseThrow(() -> new IllegalStateException("No packaged application in target" + File.separator
						+ ": the bench profile runs after 'package'"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
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
