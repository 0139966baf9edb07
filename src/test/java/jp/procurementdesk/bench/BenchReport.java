package jp.procurementdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Collects the figures of a run and writes them as {@code report.md} and {@code report.json}. */
final class BenchReport {

	/** One read endpoint beside the engine's equivalent (null where the engine has none). */
	record Comparison(String what, String ours, String engine, LatencyStats oursStats, LatencyStats engineStats) {

		Double ratio() {
			return engineStats == null ? null : LatencyStats.round(oursStats.p95Ms() / engineStats.p95Ms());
		}

	}

	record Target(String name, String goal, String measured, boolean holds) {
	}

	final Map<String, Object> machine = new LinkedHashMap<>();

	final Map<String, Object> data = new LinkedHashMap<>();

	final List<Comparison> reads = new ArrayList<>();

	final Map<String, Object> writes = new LinkedHashMap<>();

	final Map<String, Object> app = new LinkedHashMap<>();

	final List<Target> targets = new ArrayList<>();

	LatencyStats dashboard;

	LatencyStats floor;

	void target(String name, String goal, String measured, boolean holds) {
		targets.add(new Target(name, goal, measured, holds));
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("machine", machine);
		json.put("data", data);
		List<Map<String, Object>> readRows = new ArrayList<>();
		for (Comparison read : reads) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("what", read.what());
			row.put("ours", read.ours());
			row.put("oursStats", read.oursStats().toMap());
			if (read.engineStats() != null) {
				row.put("engine", read.engine());
				row.put("engineStats", read.engineStats().toMap());
				row.put("p95Ratio", read.ratio());
			}
			readRows.add(row);
		}
		json.put("reads", readRows);
		json.put("dashboard", dashboard == null ? null : dashboard.toMap());
		json.put("floorApiMe", floor == null ? null : floor.toMap());
		json.put("writes", writes);
		json.put("app", app);
		json.put("targets", targets);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.writeValue(directory.resolve("report.json").toFile(), json);
		Files.writeString(directory.resolve("report.md"), markdown());
	}

	String markdown() {
		StringBuilder md = new StringBuilder("## Benchmark report\n\n");
		md.append("Machine: ").append(machine).append("\n\nData: ").append(data).append("\n\n");
		md.append("Reads: ").append(data.get("settings")).append(" (clients, warm-up and measured requests per row; a series stops early after ")
			.append(HttpLoad.MEASURE_BUDGET.toSeconds()).append(" s, n is what it measured)\n\n");
		md.append("| Read | ours p50 / p95 / p99 ms | req/s (n) | Camunda REST p50 / p95 / p99 ms | req/s (n) | p95 ours/Camunda |\n");
		md.append("|---|---|---|---|---|---|\n");
		for (Comparison read : reads) {
			LatencyStats ours = read.oursStats();
			LatencyStats engine = read.engineStats();
			md.append("| ").append(read.what()).append(" | ").append(triple(ours)).append(" | ")
				.append(rate(ours)).append(" | ")
				.append(engine == null ? "n/a" : triple(engine)).append(" | ")
				.append(engine == null ? "" : rate(engine)).append(" | ")
				.append(engine == null ? "" : read.ratio() + "x").append(" |\n");
		}
		if (dashboard != null) {
			md.append("| Dashboard (supervisor) | ").append(triple(dashboard)).append(" | ")
				.append(fmt(dashboard.perSecond())).append(" | n/a | | |\n");
		}
		if (floor != null) {
			md.append("| Floor: GET /api/me (token check, JSON; no database) | ").append(triple(floor)).append(" | ")
				.append(fmt(floor.perSecond())).append(" | n/a | | |\n");
		}
		md.append("\n| Write | per second | p50 / p95 / p99 ms | ratio |\n|---|---|---|---|\n");
		writeRow(md, "Case creation, POST /api/cases", "apiCaseCreation",
				"%sx bare engine, %sx JDBC ceiling".formatted(writes.get("creationVsBareEngine"),
						writes.get("creationVsJdbcCeiling")));
		md.append("| Bare engine, startProcessInstanceByKey(\"support-case\") | ")
			.append(writes.get("bareEngineStartsPerSecond")).append(" | | |\n");
		md.append("| JDBC ceiling, one-row INSERT + COMMIT | ").append(writes.get("jdbcInsertCommitsPerSecond"))
			.append(" | | |\n");
		writeRow(md, "Task completion (triage), POST /api/tasks/{id}/complete", "apiTaskCompletion", "");
		md.append("\n| Application | |\n|---|---|\n");
		md.append("| Start, JVM start to ready (Spring's own figure) | ").append(app.get("readySeconds")).append(" s (")
			.append(app.get("springStartedSeconds")).append(" s) |\n");
		md.append("| Heap used after the run / live after a full GC | ").append(app.get("heapUsedMbAfterRun"))
			.append(" MB / ").append(app.get("heapLiveMbAfterFullGc")).append(" MB |\n");
		md.append("| Resident set size after the run | ").append(app.get("rssMbAfterRun")).append(" MB |\n");
		md.append("| JVM options | `").append(app.get("jvmOptions")).append("` |\n\n");
		md.append("| Target | Goal | Measured | Holds |\n|---|---|---|---|\n");
		for (Target target : targets) {
			md.append("| ").append(target.name()).append(" | ").append(target.goal()).append(" | ")
				.append(target.measured()).append(" | ").append(target.holds() ? "yes" : "**no**").append(" |\n");
		}
		return md.toString();
	}

	@SuppressWarnings("unchecked")
	private void writeRow(StringBuilder md, String label, String key, String ratio) {
		if (writes.get(key) instanceof Map<?, ?> stats) {
			Map<String, Object> figures = (Map<String, Object>) stats;
			md.append("| ").append(label).append(" | ").append(figures.get("perSecond")).append(" | ")
				.append(figures.get("p50Ms")).append(" / ").append(figures.get("p95Ms")).append(" / ")
				.append(figures.get("p99Ms")).append(" | ").append(ratio)
				.append(((Number) figures.get("errors")).intValue() > 0 ? " (" + figures.get("errors") + " errors)" : "")
				.append(" |\n");
		}
	}

	/** Requests per second, and how many were measured (fewer than asked when the time budget ran out). */
	private static String rate(LatencyStats stats) {
		return fmt(stats.perSecond()) + " (" + stats.requests() + ")";
	}

	private static String triple(LatencyStats stats) {
		return fmt(stats.p50Ms()) + " / " + fmt(stats.p95Ms()) + " / " + fmt(stats.p99Ms())
				+ (stats.errors() > 0 ? " (" + stats.errors() + " errors)" : "");
	}

	static String fmt(double value) {
		return value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
	}

}
