package jp.procurementdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.DeskApplication;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskProcess;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The performance benchmark ({@code ./mvnw -Pbench verify}, docs/performance.md). Seeds
 * cases in an application context inside this JVM, measures the bare engine and the
 * database there, then runs the packaged application in its own JVM and measures it over
 * HTTP with concurrent clients, beside Camunda's own REST API on the same data. Writes
 * {@code target/bench/report.md} and {@code report.json}. Not a test of timing: it fails only
 * when the run itself breaks.
 */
class DeskBenchmark {

	@Test
	void run() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		Path marker = settings.directory().resolve("seeded-cases");
		boolean reuse = settings.reuse() && Files.exists(marker)
				&& Files.readString(marker).trim().equals(Integer.toString(settings.cases()));
		BenchReport report = new BenchReport();
		try (DeskInfrastructure infrastructure = DeskInfrastructure.forBenchmark(settings.directory(), reuse)) {
			Map<String, Object> properties = new LinkedHashMap<>(infrastructure.applicationProperties());
			properties.put("spring.main.banner-mode", "off");
			try (ConfigurableApplicationContext context = seedingContext(properties)) {
				if (!reuse) {
					Files.deleteIfExists(marker);
					long start = System.nanoTime();
					Map<String, Integer> fates = new Seeder(context).seed(settings.cases(), settings.casesThroughEngine(),
							settings.writers(), 42);
					report.data.put("seedSeconds", Math.round((System.nanoTime() - start) / 1e9));
					report.data.put("fates", fates);
					Files.writeString(marker, Integer.toString(settings.cases()));
				}
				// A database that has run for years has been vacuumed (autovacuum): visibility maps
				// set, so count and covering-index reads are index-only, statistics current.
				long vacuum = System.nanoTime();
				context.getBean(JdbcTemplate.class).execute("vacuum (analyze)");
				report.data.put("vacuumSeconds", Math.round((System.nanoTime() - vacuum) / 1e9));
				EngineBaseline baseline = new EngineBaseline(context);
				report.writes.put("bareEngineStartsPerSecond",
						LatencyStats.round(baseline.processStartsPerSecond(settings.writes(), settings.writers())));
				report.writes.put("jdbcInsertCommitsPerSecond",
						LatencyStats.round(baseline.insertCommitsPerSecond(settings.writes() * 5, settings.writers())));
				describe(report, context.getBean(JdbcTemplate.class), settings);
			}
			int port = DeskInfrastructure.freePort();
			try (DeskProcess app = DeskProcess.start(List.of(settings.jvmOptions().trim().split("\\s+")), port,
					settings.directory().resolve("app.log"), properties)) {
				Duration ready = app.await("/actuator/health/readiness", Duration.ofMinutes(3));
				ProcessFigures figures = new ProcessFigures(app);
				report.app.put("readySeconds", LatencyStats.round(ready.toNanos() / 1e9));
				report.app.put("springStartedSeconds", figures.springStartSeconds());
				report.app.put("jvmOptions", settings.jvmOptions());
				ApiClient api = new ApiClient(app.url(), infrastructure.keycloak().issuer());
				Measurements measurements = new Measurements(api, settings, report);
				measurements.reads();
				measurements.writes();
				report.app.put("rssMbAfterRun", LatencyStats.round(figures.residentMegabytes()));
				report.app.put("heapUsedMbAfterRun", LatencyStats.round(figures.heapUsedMegabytes(false)));
				report.app.put("heapLiveMbAfterFullGc", LatencyStats.round(figures.heapUsedMegabytes(true)));
			}
		}
		Targets.evaluate(report);
		report.write(settings.directory());
		System.out.println(report.markdown());
	}

	private static ConfigurableApplicationContext seedingContext(Map<String, Object> properties) {
		Map<String, Object> seeding = new LinkedHashMap<>(properties);
		seeding.put("server.port", "0");
		// The application's socket timeout (30 s, for a vanished server) would cut the clone and
		// vacuum statements, which run for minutes at 100,000 cases.
		seeding.put("spring.datasource.hikari.data-source-properties.socketTimeout", "0");
		// Seeding moves the processes itself; timers stay for the measured application.
		seeding.put("camunda.bpm.job-execution.enabled", "false");
		seeding.put("desk.notifications.mail.send-interval", "PT1H");
		// As command-line arguments: they win over application.yml, as in the packaged run.
		return new SpringApplicationBuilder(DeskApplication.class)
			.run(seeding.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new));
	}

	private static void describe(BenchReport report, JdbcTemplate jdbc, BenchSettings settings) {
		report.machine.put("cores", Runtime.getRuntime().availableProcessors());
		report.machine.put("memory", MachineFacts.memory());
		report.machine.put("cpu", MachineFacts.cpu());
		report.machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		report.machine.put("postgres", jdbc.queryForObject("show server_version", String.class));
		report.data.put("cases", count(jdbc, "desk.support_case"));
		report.data.put("openCases", jdbc.queryForObject(
				"select count(*) from desk.support_case where status <> 'CLOSED'", Long.class));
		report.data.put("openTasks", count(jdbc, "act_ru_task"));
		report.data.put("historicTasks", count(jdbc, "act_hi_taskinst"));
		report.data.put("historicProcessInstances", count(jdbc, "act_hi_procinst"));
		report.data.put("timelineRows", count(jdbc, "desk.case_timeline"));
		report.data.put("settings", Map.of("readers", settings.readers(), "writers", settings.writers(), "warmup",
				settings.warmup(), "requests", settings.requests(), "writes", settings.writes()));
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
