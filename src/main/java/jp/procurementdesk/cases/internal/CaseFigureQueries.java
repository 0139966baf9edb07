package jp.procurementdesk.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.cases.CaseFigures;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.SlaBreachKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases' figures: one statement per figure, each one pass over a covering index of V8
 * (the report rows are {@link CaseReportRows}).
 */
@Component
@Transactional(readOnly = true)
class CaseFigureQueries implements CaseFigures {

	private final JdbcClient jdbc;

	private final CaseReportRows reportRows;

	CaseFigureQueries(JdbcClient jdbc, CaseReportRows reportRows) {
		this.jdbc = jdbc;
		this.reportRows = reportRows;
	}

	@Override
	public long openCases() {
		return jdbc.sql("select count(*) from desk.support_case where status <> 'CLOSED'").query(Long.class).single();
	}

	@Override
	public Map<String, Long> openCasesPerAdvisor() {
		Map<String, Long> perAdvisor = new LinkedHashMap<>();
		jdbc.sql("""
				select advisor, count(*) as n from desk.support_case
				where status <> 'CLOSED' and advisor is not null group by advisor""")
			.query((rs, row) -> perAdvisor.put(rs.getString("advisor"), rs.getLong("n")))
			.list();
		return perAdvisor;
	}

	/**
	 * The year's cases in one pass over the (opened_at) covering index of V8: status, outcome
	 * and fiscal month (width_bucket over the month starts: no time zone arithmetic per row).
	 */
	@Override
	public OpenedCases opened(Months months) {
		Map<String, Long> byStatus = zeroes(CaseStatus.values());
		Map<String, Long> byOutcome = zeroes(CaseOutcome.values());
		long[] opened = new long[12];
		jdbc.sql("""
				select status, outcome, width_bucket(opened_at, %s) as month, count(*) as n from desk.support_case
				where opened_at >= :from and opened_at < :to group by 1, 2, 3""".formatted(monthStarts(months)))
			.param("from", months.from())
			.param("to", months.to())
			.query((rs, row) -> {
				long n = rs.getLong("n");
				byStatus.merge(rs.getString("status"), n, Long::sum);
				if (rs.getString("outcome") != null) {
					byOutcome.merge(rs.getString("outcome"), n, Long::sum);
				}
				return opened[rs.getInt("month") - 1] += n;
			})
			.list();
		return new OpenedCases(byStatus, byOutcome, opened);
	}

	@Override
	public Map<String, Long> slaBreaches(Months months) {
		Map<String, Long> breaches = zeroes(SlaBreachKind.values());
		jdbc.sql("select kind, count(*) as n from desk.case_sla_breach where at >= :from and at < :to group by kind")
			.param("from", months.from())
			.param("to", months.to())
			.query((rs, row) -> breaches.put(rs.getString("kind"), rs.getLong("n")))
			.list();
		return breaches;
	}

	@Override
	public Map<String, Map<String, Long>> pathwayOutcomes(Months months) {
		Map<String, Map<String, Long>> outcomes = new LinkedHashMap<>();
		for (Pathway pathway : Pathway.values()) {
			outcomes.put(pathway.name(), new LinkedHashMap<>());
		}
		jdbc.sql("""
				select o.pathway, o.outcome, count(*) as n
				from desk.support_case c join desk.case_pathway_outcome o on o.case_id = c.id
				where c.opened_at >= :from and c.opened_at < :to
				group by o.pathway, o.outcome order by o.pathway, o.outcome""")
			.param("from", months.from())
			.param("to", months.to())
			.query((rs, row) -> outcomes.computeIfAbsent(rs.getString("pathway"), key -> new LinkedHashMap<>())
				.put(rs.getString("outcome"), rs.getLong("n")))
			.list();
		return outcomes;
	}

	/**
	 * Cases closed in the months, read once (the closed_at covering index): per month, the
	 * median time to close, the contract value won.
	 */
	@Override
	public ClosedCases closed(Months months) {
		long[] closed = new long[12];
		Object[] figures = jdbc.sql("""
				with closed as materialized (select id, opened_at, closed_at from desk.support_case
				                             where closed_at >= :from and closed_at < :to)
				select (select percentile_cont(0.5) within group
				                 (order by date_part('epoch', closed_at - opened_at) / 86400.0) from closed) as median,
				       (select coalesce(sum(o.contract_value_usd), 0)
				        from desk.case_pathway_outcome o join closed c on c.id = o.case_id) as contract_value,
				       (select array_agg(month || '=' || n) from (select width_bucket(closed_at, %s) as month,
				        count(*) as n from closed group by 1) m) as months""".formatted(monthStarts(months)))
			.param("from", months.from())
			.param("to", months.to())
			.query((rs, row) -> {
				double median = rs.getDouble("median");
				Object medianValue = rs.wasNull() ? null : median;
				Array perMonth = rs.getArray("months");
				if (perMonth != null) {
					for (Object monthCount : (Object[]) perMonth.getArray()) {
						String[] parts = ((String) monthCount).split("=");
						closed[Integer.parseInt(parts[0]) - 1] = Long.parseLong(parts[1]);
					}
				}
				return new Object[] { medianValue, rs.getBigDecimal("contract_value") };
			})
			.single();
		BigDecimal medianDays = figures[0] == null ? null
				: BigDecimal.valueOf((Double) figures[0]).setScale(1, RoundingMode.HALF_UP);
		BigDecimal contractValue = ((BigDecimal) figures[1]).setScale(2, RoundingMode.UNNECESSARY);
		return new ClosedCases(closed, medianDays, contractValue);
	}

	@Override
	public List<List<String>> reportRows(Months months) {
		return reportRows.of(months);
	}

	/**
	 * The 13 starts of the months (the first to the one after the last) in their zone, as a
	 * PostgreSQL array literal for width_bucket: bucket 1 is the first month, 12 the last.
	 * Built from dates, never from request text.
	 */
	private static String monthStarts(Months months) {
		StringBuilder array = new StringBuilder("array[");
		for (int month = 0; month <= 12; month++) {
			array.append(month == 0 ? "'" : ", '").append(months.start(month)).append("'");
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

}
