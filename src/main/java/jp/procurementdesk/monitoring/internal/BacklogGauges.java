package jp.procurementdesk.monitoring.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The desk's state as gauges: jobs due and not yet run (the job executor's backlog: timers
 * and async steps), open cases, documents stored. Three count queries every
 * {@code desk.metrics.refresh-interval}, never per scrape; the gauges show the last counts,
 * also while the database is away (its health and the pool's metrics tell that).
 */
@Component
class BacklogGauges {

	private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

	private final ManagementService engine;

	private final JdbcClient jdbc;

	private final AtomicLong dueJobs = new AtomicLong();

	private final AtomicLong openCases = new AtomicLong();

	private final AtomicLong documents = new AtomicLong();

	private final AtomicLong documentBytes = new AtomicLong();

	BacklogGauges(ManagementService engine, JdbcClient jdbc, MeterRegistry registry) {
		this.engine = engine;
		this.jdbc = jdbc;
		Gauge.builder("desk.jobs.due", dueJobs, AtomicLong::get)
			.description("Executable jobs due now and not run yet (timers, async steps): the job executor's backlog")
			.register(registry);
		Gauge.builder("desk.cases.open", openCases, AtomicLong::get)
			.description("Support cases not closed")
			.register(registry);
		Gauge.builder("desk.documents.stored", documents, AtomicLong::get)
			.description("Case documents stored (every version)")
			.register(registry);
		Gauge.builder("desk.documents.stored.size", documentBytes, AtomicLong::get)
			.description("Total size of the case documents stored")
			.baseUnit("bytes")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${desk.metrics.refresh-interval}")
	void refresh() {
		try {
			dueJobs.set(engine.createJobQuery().executable().active().count());
			openCases.set(jdbc.sql("select count(*) from desk.support_case where status <> 'CLOSED'")
				.query(Long.class)
				.single());
			jdbc.sql("select count(*), coalesce(sum(size), 0) from desk.document").query(row -> {
				documents.set(row.getLong(1));
				documentBytes.set(row.getLong(2));
			});
		}
		catch (RuntimeException ex) {
			// Kept as they were; the next round tries again.
			log.warn("Metrics not refreshed: {}", ex.toString());
		}
	}

}
