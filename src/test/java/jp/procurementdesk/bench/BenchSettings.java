package jp.procurementdesk.bench;

import java.nio.file.Path;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.cases=100000}). The
 * defaults are the documented run: 10,000 cases, 4 concurrent readers, 8 writers.
 *
 * @param cases cases seeded before measuring
 * @param readers concurrent clients of the read endpoints
 * @param writers concurrent clients (and engine threads) of the write measurements
 * @param warmup requests per endpoint before measuring
 * @param requests measured requests per read endpoint
 * @param writes cases opened (and tasks completed) per write measurement
 * @param reuse keep the seeded database in {@code target/bench/postgres} and skip seeding
 *     when it already holds {@code cases} cases (for tuning; a clean run never reuses)
 * @param jvmOptions the application's JVM options, as in production
 */
record BenchSettings(int cases, int readers, int writers, int warmup, int requests, int writes, boolean reuse,
		String jvmOptions, Path directory) {

	/**
	 * Cases seeded through the engine; beyond them, closed cases are copied (HistoryCloner).
	 * 15% of the desk, at least 3,000; every open case is a real one.
	 */
	int casesThroughEngine() {
		String fixed = System.getProperty("bench.engine-cases");
		if (fixed != null && !fixed.isBlank()) {
			return Math.min(cases, Integer.parseInt(fixed.trim()));
		}
		return Math.min(cases, Math.max(3_000, Math.round(cases * 0.15f)));
	}

	static BenchSettings fromSystemProperties() {
		return new BenchSettings(integer("bench.cases", 10_000), integer("bench.readers", 4),
				integer("bench.writers", 8), integer("bench.warmup", 300), integer("bench.requests", 1_000),
				integer("bench.writes", 1_000), Boolean.getBoolean("bench.reuse"),
				System.getProperty("bench.jvm-options", "-Xms256m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:+UseG1GC"),
				Path.of("target/bench"));
	}

	private static int integer(String name, int fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value.replace("_", "").trim());
	}

}
