package jp.procurementdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.procurementdesk.support.DeskProcess;

/**
 * What the benchmark reads of the packaged application's own JVM ({@link DeskProcess}): its
 * start time as Spring reports it, its resident memory and its heap.
 */
final class ProcessFigures {

	private static final Pattern STARTED = Pattern.compile("Started DeskApplication in ([0-9.]+) seconds");

	private final DeskProcess app;

	ProcessFigures(DeskProcess app) {
		this.app = app;
	}

	/** Spring Boot's own figure ("Started DeskApplication in N seconds"). */
	double springStartSeconds() {
		try {
			Matcher matcher = STARTED.matcher(Files.readString(app.log()));
			return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	/** Resident set size in MB, from /proc. */
	double residentMegabytes() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status"))
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
			Process run = new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), command)
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

}
