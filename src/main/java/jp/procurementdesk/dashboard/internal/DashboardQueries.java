package jp.procurementdesk.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.dashboard.DashboardFigures;
import jp.procurementdesk.dashboard.DashboardFigures.AdvisorWorkload;
import jp.procurementdesk.dashboard.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's set-based queries: one statement per figure, never a loop over cases. Our
 * tables are in schema {@code desk}, Camunda's runtime tables in {@code public}; an open task
 * belongs to a case through its process instance's business key (the case id).
 */
@Component
class DashboardQueries {

	/**
	 * Open tasks of case processes (the support case and its pathway processes), from the
	 * task list's table, which the tasks module keeps in step with the engine in the engine's
	 * transaction: one table instead of the engine's task, execution and identity-link tables.
	 */
	private static final String CASE_TASKS = """
			select t.task_id as id, t.assignee, t.due_at as due, t.candidate_groups
			from desk.open_task t
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DashboardQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DashboardFigures figures(FiscalYear year) {
		OffsetDateTime from = year.start().atZone(year.zone()).toOffsetDateTime();
		OffsetDateTime to = year.end().atZone(year.zone()).toOffsetDateTime();

		long openCases = jdbc.sql("select count(*) from desk.support_case where status <> 'CLOSED'")
			.query(Long.class)
			.single();

		// The year's cases in one pass over the (opened_at) covering index of V8: status, outcome
		// and fiscal month (width_bucket over the month starts: no time zone arithmetic per row).
		Map<String, Long> byStatus = zeroes(CaseStatus.values());
		Map<String, Long> caseOutcomes = zeroes(CaseOutcome.values());
		long[] opened = new long[12];
		jdbc.sql("""
				select status, outcome, width_bucket(opened_at, %s) as month, count(*) as n from desk.support_case
				where opened_at >= :from and opened_at < :to group by 1, 2, 3""".formatted(monthStarts(year)))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				long n = rs.getLong("n");
				byStatus.merge(rs.getString("status"), n, Long::sum);
				if (rs.getString("outcome") != null) {
					caseOutcomes.merge(rs.getString("outcome"), n, Long::sum);
				}
				return opened[rs.getInt("month") - 1] += n;
			})
			.list();

		// Camunda stores due dates as local timestamps of the JVM's zone, as JDBC does here.
		long overdueTasks = jdbc.sql("select count(*) from (" + CASE_TASKS + ") tasks where due < :now")
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();

		Map<String, Long> breaches = zeroes(SlaBreachKind.values());
		jdbc.sql("select kind, count(*) as n from desk.case_sla_breach where at >= :from and at < :to group by kind")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> breaches.put(rs.getString("kind"), rs.getLong("n")))
			.list();

		List<AdvisorWorkload> workload = jdbc.sql("""
				with tasks as (select assignee, count(*) as n from (%s) t where assignee is not null group by assignee),
				     cases as (select advisor, count(*) as n from desk.support_case
				               where status <> 'CLOSED' and advisor is not null group by advisor)
				select coalesce(tasks.assignee, cases.advisor) as advisor, coalesce(tasks.n, 0) as open_tasks,
				       coalesce(cases.n, 0) as open_cases
				from tasks full join cases on cases.advisor = tasks.assignee
				order by 1""".formatted(CASE_TASKS))
			.query((rs, row) -> new AdvisorWorkload(rs.getString("advisor"), rs.getLong("open_tasks"),
					rs.getLong("open_cases")))
			.list();

		Map<String, Map<String, Long>> outcomes = new LinkedHashMap<>();
		for (Pathway pathway : Pathway.values()) {
			outcomes.put(pathway.name(), new LinkedHashMap<>());
		}
		jdbc.sql("""
				select o.pathway, o.outcome, count(*) as n
				from desk.support_case c join desk.case_pathway_outcome o on o.case_id = c.id
				where c.opened_at >= :from and c.opened_at < :to
				group by o.pathway, o.outcome order by o.pathway, o.outcome""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> outcomes.computeIfAbsent(rs.getString("pathway"), key -> new LinkedHashMap<>())
				.put(rs.getString("outcome"), rs.getLong("n")))
			.list();

		// Cases closed in the year, read once (the closed_at covering index): per month, the
		// median time to close, the contract value won.
		long[] closed = new long[12];
		Object[] closedFigures = jdbc.sql("""
				with closed as materialized (select id, opened_at, closed_at from desk.support_case
				                             where closed_at >= :from and closed_at < :to)
				select (select percentile_cont(0.5) within group
				                 (order by date_part('epoch', closed_at - opened_at) / 86400.0) from closed) as median,
				       (select coalesce(sum(o.contract_value_usd), 0)
				        from desk.case_pathway_outcome o join closed c on c.id = o.case_id) as contract_value,
				       (select array_agg(month || '=' || n) from (select width_bucket(closed_at, %s) as month,
				        count(*) as n from closed group by 1) m) as months""".formatted(monthStarts(year)))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				double median = rs.getDouble("median");
				Object medianValue = rs.wasNull() ? null : median;
				java.sql.Array months = rs.getArray("months");
				if (months != null) {
					for (Object monthCount : (Object[]) months.getArray()) {
						String[] parts = ((String) monthCount).split("=");
						closed[Integer.parseInt(parts[0]) - 1] = Long.parseLong(parts[1]);
					}
				}
				return new Object[] { medianValue, rs.getBigDecimal("contract_value") };
			})
			.single();
		BigDecimal medianDays = closedFigures[0] == null ? null
				: BigDecimal.valueOf((Double) closedFigures[0]).setScale(1, RoundingMode.HALF_UP);
		BigDecimal contractValue = ((BigDecimal) closedFigures[1]).setScale(2, RoundingMode.UNNECESSARY);

		long[] waiting = jdbc.sql("""
				select count(*) filter (where company) as companies, count(*) filter (where not company) as desk
				from (select array_to_string(t.candidate_groups, ',') like '%%company:%%' as company
				      from (%s) t) tasks""".formatted(CASE_TASKS))
			.query((rs, row) -> new long[] { rs.getLong("companies"), rs.getLong("desk") })
			.single();

		return new DashboardFigures(year.year(), from.toLocalDate().toString(),
				to.toLocalDate().minusDays(1).toString(), openCases, byStatus, overdueTasks, breaches, workload, outcomes,
				caseOutcomes, opened, closed, medianDays, contractValue, waiting[0], waiting[1]);
	}

	/**
	 * The 13 starts of the fiscal months (April to the next April) in the desk's zone, as a
	 * PostgreSQL array literal for width_bucket: bucket 1 is April, 12 March. Built from the
	 * year, a number, never from request text.
	 */
	private static String monthStarts(FiscalYear year) {
		StringBuilder array = new StringBuilder("array[");
		java.time.LocalDate first = year.start().atZone(year.zone()).toLocalDate();
		for (int month = 0; month <= 12; month++) {
			array.append(month == 0 ? "'" : ", '")
				.append(first.plusMonths(month).atStartOfDay(year.zone()).toOffsetDateTime())
				.append("'");
		}
		return array.append("]::timestamptz[]").toString();
	}

	private static Map<String, Long> zeroes(Enum<?>[] values) {
		Map<String, Long> map = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			map.put(value.name(), 0L);
		}
		return map;
	}

	/** The case rows of the CSV report: cases opened in the fiscal year, oldest first. */
	@Transactional(readOnly = true)
	public List<List<String>> caseRows(FiscalYear year) {
		OffsetDateTime from = year.start().atZone(year.zone()).toOffsetDateTime();
		OffsetDateTime to = year.end().atZone(year.zone()).toOffsetDateTime();
		List<List<String>> rows = new ArrayList<>();
		jdbc.sql("""
				select c.reference, c.company_name, c.product_name, c.product_category,
				       (select string_agg(p.pathway, ';' order by array_position(
				                 array['WHO_PQ', 'COMPENDIUM', 'UN_PROCUREMENT']::varchar[], p.pathway))
				        from desk.case_pathway p where p.case_id = c.id) as pathways,
				       c.status, c.outcome, c.advisor,
				       to_char(c.opened_at at time zone :zone, 'YYYY-MM-DD') as opened,
				       to_char(c.closed_at at time zone :zone, 'YYYY-MM-DD') as closed,
				       max(o.outcome) filter (where o.pathway = 'WHO_PQ') as who_pq,
				       max(o.outcome) filter (where o.pathway = 'COMPENDIUM') as compendium,
				       max(o.outcome) filter (where o.pathway = 'UN_PROCUREMENT') as un_procurement,
				       sum(o.contract_value_usd) as contract_value
				from desk.support_case c left join desk.case_pathway_outcome o on o.case_id = c.id
				where c.opened_at >= :from and c.opened_at < :to
				group by c.id
				order by c.opened_at, c.reference""")
			.param("zone", year.zone().getId())
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				BigDecimal value = rs.getBigDecimal("contract_value");
				List<String> cells = new ArrayList<>();
				for (String column : List.of("reference", "company_name", "product_name", "product_category", "pathways",
						"status", "outcome", "advisor", "opened", "closed", "who_pq", "compendium", "un_procurement")) {
					cells.add(rs.getString(column));
				}
				cells.add(value == null ? null : value.toPlainString());
				return rows.add(cells);
			})
			.list();
		return rows;
	}

}
