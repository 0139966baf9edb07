package jp.procurementdesk.bench;

import java.util.Map;

/** The targets of the performance issue, judged on the measured figures. */
final class Targets {

	private Targets() {
	}

	@SuppressWarnings("unchecked")
	static void evaluate(BenchReport report) {
		for (BenchReport.Comparison read : report.reads) {
			double p95 = read.oursStats().p95Ms();
			report.target(read.what() + ": p95", "<= 30 ms", BenchReport.fmt(p95) + " ms", p95 <= 30);
			if (read.ratio() != null) {
				report.target(read.what() + ": vs Camunda REST (p95)", "<= 0.5x", read.ratio() + "x",
						read.ratio() <= 0.5);
			}
			report.target(read.what() + ": errors", "0", Integer.toString(read.oursStats().errors()),
					read.oursStats().errors() == 0);
		}
		if (report.dashboard != null) {
			double p95 = report.dashboard.p95Ms();
			report.target("Dashboard p95", "<= 200 ms", BenchReport.fmt(p95) + " ms", p95 <= 200);
		}
		Object ratio = report.writes.get("creationVsBareEngine");
		if (ratio instanceof Double creation) {
			report.target("Case creation vs bare engine", ">= 0.7x", creation + "x", creation >= 0.7);
		}
		for (String write : new String[] { "apiCaseCreation", "apiTaskCompletion" }) {
			if (report.writes.get(write) instanceof Map<?, ?> stats) {
				int errors = ((Number) ((Map<String, Object>) stats).get("errors")).intValue();
				report.target(write + ": errors under load", "0", Integer.toString(errors), errors == 0);
			}
		}
		if (report.app.get("readySeconds") instanceof Double ready) {
			report.target("App start (JVM start to ready)", "<= 15 s", ready + " s", ready <= 15);
		}
		if (report.app.get("rssMbAfterRun") instanceof Double rss) {
			report.target("RSS after the run", "<= 700 MB", rss + " MB", rss <= 700);
		}
	}

}
