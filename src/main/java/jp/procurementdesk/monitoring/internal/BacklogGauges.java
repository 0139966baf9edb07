package jp.procurementdesk.monitoring.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.procurementdesk.cases.CaseFigures;
import jp.procurementdesk.documents.DocumentTotals;
import jp.procurementdesk.documents.DocumentTotals.Totals;
import jp.procurementdesk.process.JobBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The desk's state as gauges: jobs due and not yet run (the job executor's backlog: timers
 * and async steps), open cases, documents stored. Three counts every
 * {@code desk.metrics.refresh-interval}, asked of the modules that own them (process, cases,
 * documents), never per scrape; the gauges show the last counts, also while the database is
 * away (its health and the pool's metrics tell that).
 */
@Component
class BacklogGauges {

	private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

	private final JobBacklog jobs;

	private final CaseFigures cases;

	private final DocumentTotals stored;

	private final AtomicLong dueJobs = new AtomicLong();

	private final AtomicLong openCases = new AtomicLong();

	private final AtomicLong documents = new AtomicLong();

	private final AtomicLong documentBytes = new AtomicLong();

	BacklogGauges(JobBacklog jobs, CaseFigures cases, DocumentTotals stored, MeterRegistry registry) {
		this.jobs = jobs;
		this.cases = cases;
		this.stored = stored;
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
			dueJobs.set(jobs.dueJobs());
			openCases.set(cases.openCases());
			Totals totals = stored.totals();
			documents.set(totals.documents());
			documentBytes.set(totals.bytes());
		}
		catch (RuntimeException ex) {
			// Kept as they were; the next round tries again.
			log.warn("Metrics not refreshed: {}", ex.toString());
		}
	}

}
