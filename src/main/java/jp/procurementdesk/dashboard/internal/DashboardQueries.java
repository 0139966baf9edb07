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
		String zone = year.zone().getId();

		long openCases = jdbc.sql("select count(*) from desk.support_case where status <> 'CLOSED'")
			.query(Long.class)
			.single();

		Map<String, Long> byStatus = countsInYear(zeroes(CaseStatus.values()), """
				select status as key, count(*) as n from desk.support_case
				where opened_at >= :from and opened_at < :to group by status""", from, to);

		// Camunda stores due dates as local timestamps of the JVM's zone, as JDBC does here.
		long overdueTasks = jdbc.sql("select count(*) from (" + CASE_TASKS + ") tasks where due < :now")
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();

		Map<String, Long> breaches = countsInYear(zeroes(SlaBreachKind.values()), """
				select kind as key, count(*) as n from desk.case_sla_breach
				where at >= :from and at < :to group by kind""", from, to);

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
				from desk.case_pathway_outcome o join desk.support_case c on c.id = o.case_id
				where c.opened_at >= :from and c.opened_at < :to
				group by o.pathway, o.outcome order by o.pathway, o.outcome""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> outcomes.computeIfAbsent(rs.getString("pathway"), key -> new LinkedHashMap<>())
				.put(rs.getString("outcome"), rs.getLong("n")))
			.list();

		Map<String, Long> caseOutcomes = zeroes(CaseOutcome.values());
		jdbc.sql("""
				select outcome, count(*) as n from desk.support_case
				where outcome is not null and opened_at >= :from and opened_at < :to group by outcome""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> caseOutcomes.put(rs.getString("outcome"), rs.getLong("n")))
			.list();

		long[] opened = perMonth("opened_at", from, to, zone);
		long[] closed = perMonth("closed_at", from, to, zone);

		Double median = jdbc.sql("""
				select percentile_cont(0.5) within group (order by extract(epoch from closed_at - opened_at) / 86400.0)
				from desk.support_case where closed_at >= :from and closed_at < :to""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				double value = rs.getDouble(1);
				return rs.wasNull() ? null : value;
			})
			.optional()
			.orElse(null);
		BigDecimal medianDays = median == null ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);

		BigDecimal contractValue = jdbc.sql("""
				select coalesce(sum(o.contract_value_usd), 0)
				from desk.case_pathway_outcome o join desk.support_case c on c.id = o.case_id
				where c.closed_at >= :from and c.closed_at < :to""")
			.param("from", from)
			.param("to", to)
			.query(BigDecimal.class)
			.single()
			.setScale(2, RoundingMode.UNNECESSARY);

		long[] waiting = jdbc.sql("""
				select count(*) filter (where company) as companies, count(*) filter (where not company) as desk
				from (select exists (select 1 from unnest(t.candidate_groups) g where g like 'company:%%') as company
				      from (%s) t) tasks""".formatted(CASE_TASKS))
			.query((rs, row) -> new long[] { rs.getLong("companies"), rs.getLong("desk") })
			.single();

		return new DashboardFigures(year.year(), from.toLocalDate().toString(),
				to.toLocalDate().minusDays(1).toString(), openCases, byStatus, overdueTasks, breaches, workload, outcomes,
				caseOutcomes, opened, closed, medianDays, contractValue, waiting[0], waiting[1]);
	}

	private long[] perMonth(String column, OffsetDateTime from, OffsetDateTime to, String zone) {
		long[] counts = new long[12];
		jdbc.sql("""
				select extract(month from %1$s at time zone :zone)::int as month, count(*) as n
				from desk.support_case where %1$s >= :from and %1$s < :to group by 1""".formatted(column))
			.param("zone", zone)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> counts[FiscalYear.monthIndex(rs.getInt("month"))] = rs.getLong("n"))
			.list();
		return counts;
	}

	/** Fills {@code counts} from a query of (key, n) rows over [from, to). */
	private Map<String, Long> countsInYear(Map<String, Long> counts, String sql, OffsetDateTime from,
			OffsetDateTime to) {
		jdbc.sql(sql)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> counts.put(rs.getString("key"), rs.getLong("n")))
			.list();
		return counts;
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
