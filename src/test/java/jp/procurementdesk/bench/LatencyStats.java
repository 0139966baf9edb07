package jp.procurementdesk.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency percentiles and throughput of one measured series of requests. */
record LatencyStats(String name, int requests, int errors, double p50Ms, double p95Ms, double p99Ms,
		double perSecond, String firstError) {

	static LatencyStats of(String name, long[] nanos, int errors, long wallNanos, String firstError) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new LatencyStats(name, sorted.length, errors, millis(sorted, 0.50), millis(sorted, 0.95),
				millis(sorted, 0.99), sorted.length / (wallNanos / 1e9), firstError);
	}

	/** Nearest-rank percentile. */
	private static double millis(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("requests", requests);
		map.put("errors", errors);
		map.put("p50Ms", round(p50Ms));
		map.put("p95Ms", round(p95Ms));
		map.put("p99Ms", round(p99Ms));
		map.put("perSecond", round(perSecond));
		if (firstError != null) {
			map.put("firstError", firstError);
		}
		return map;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
