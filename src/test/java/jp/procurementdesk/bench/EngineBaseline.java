package jp.procurementdesk.bench;

import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yardsticks of case creation, measured on the same database: the bare engine starting
 * the support-case process (its listeners included, for cases whose rows exist already),
 * and the database ceiling, one-row INSERT + COMMIT per transaction.
 */
final class EngineBaseline {

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	EngineBaseline(ApplicationContext context) {
		this.runtime = context.getBean(RuntimeService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.dataSource = context.getBean(DataSource.class);
	}

	/** Process starts per second with {@code threads} threads, for {@code count} new cases. */
	double processStartsPerSecond(int count, int threads) {
		List<UUID> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			rows.add(new Object[] { id, "PDB-" + id.toString().substring(0, 13), SAKURA_COMPANY });
		}
		// The rows the engine's listeners update, made beforehand (not timed).
		jdbc.batchUpdate("""
				insert into desk.support_case (id, reference, company_id, company_name, product_name, product_category,
				    summary, status, opened_at)
				values (?, ?, ?, 'Sakura Diagnostics', 'Engine baseline', 'IVD', 'Baseline', 'TRIAGE',
				    now())""", rows);
		jdbc.batchUpdate("insert into desk.case_pathway (case_id, pathway) values (?, 'WHO_PQ')",
				ids.stream().map(id -> new Object[] { id }).toList());
		return perSecond(count, threads, i -> {
			UUID id = ids.get(i);
			runtime.startProcessInstanceByKey(Processes.SUPPORT_CASE, id.toString(),
					Map.of(Variables.CASE_ID, id.toString(), Variables.CASE_REFERENCE, rows.get(i)[1],
							Variables.COMPANY_ID, SAKURA_COMPANY, Variables.PRODUCT_CATEGORY, "IVD",
							Variables.PATHWAYS, "WHO_PQ"));
		});
	}

	/** Single-row INSERT + COMMIT per second with {@code threads} connections. */
	double insertCommitsPerSecond(int count, int threads) {
		jdbc.execute("create table if not exists desk.bench_insert (id bigserial primary key, payload varchar(200))");
		try {
			return perSecond(count, threads, i -> {
				try (Connection connection = dataSource.getConnection()) {
					connection.setAutoCommit(false);
					try (PreparedStatement insert = connection
						.prepareStatement("insert into desk.bench_insert (payload) values (?)")) {
						insert.setString(1, "row " + i);
						insert.executeUpdate();
					}
					connection.commit();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		finally {
			jdbc.execute("drop table desk.bench_insert");
		}
	}

	private static double perSecond(int count, int threads, IntConsumer work) {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			running.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					work.accept(i);
				}
				return null;
			}));
		}
		try {
			for (Future<?> thread : running) {
				thread.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

}
