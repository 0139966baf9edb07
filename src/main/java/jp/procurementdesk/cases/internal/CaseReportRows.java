package jp.procurementdesk.cases.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.procurementdesk.cases.CaseFigures.Months;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case rows of the CSV report: cases opened in the months, oldest first, in one statement. */
@Component
class CaseReportRows {

	private static final List<String> COLUMNS = List.of("reference", "company_name", "product_name",
			"product_category", "pathways", "status", "outcome", "advisor", "opened", "closed", "who_pq", "compendium",
			"un_procurement");

	private final JdbcClient jdbc;

	CaseReportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<List<String>> of(Months months) {
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
				       sum(o.contract_value_usd) as contract_value,
				       c.kind
				from desk.support_case c left join desk.case_pathway_outcome o on o.case_id = c.id
				where c.opened_at >= :from and c.opened_at < :to
				group by c.id
				order by c.opened_at, c.reference""")
			.param("zone", months.zone().getId())
			.param("from", months.from())
			.param("to", months.to())
			.query((rs, row) -> {
				BigDecimal value = rs.getBigDecimal("contract_value");
				List<String> cells = new ArrayList<>();
				for (String column : COLUMNS) {
					cells.add(rs.getString(column));
				}
				cells.add(value == null ? null : value.toPlainString());
				cells.add(rs.getString("kind"));
				return rows.add(cells);
			})
			.list();
		return rows;
	}

}
