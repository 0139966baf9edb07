package jp.procurementdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the report says about the machine it ran on, from /proc. */
final class MachineFacts {

	private MachineFacts() {
	}

	static String memory() {
		return line("/proc/meminfo", "MemTotal:").map(line -> {
			long kb = Long.parseLong(line.replaceAll("\\D", ""));
			return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
		}).orElse("unknown");
	}

	static String cpu() {
		return line("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim())
			.orElse("unknown");
	}

	private static Optional<String> line(String file, String prefix) {
		try {
			return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix)).findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
