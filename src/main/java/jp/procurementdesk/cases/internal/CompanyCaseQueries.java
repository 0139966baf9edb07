package jp.procurementdesk.cases.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CompanyCaseCounts;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A company's cases counted: one statement each, off the company index of V6 and the product index of V14. */
@Component
@Transactional(readOnly = true)
class CompanyCaseQueries implements CompanyCaseCounts {

	private final JdbcClient jdbc;

	CompanyCaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> byStatus(String companyId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status.name(), 0L);
		}
		jdbc.sql("select status, count(*) as n from desk.support_case where company_id = :company group by status")
			.param("company", companyId)
			.query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	@Override
	public long naming(UUID productId) {
		return jdbc.sql("select count(*) from desk.support_case where product_id = :product")
			.param("product", productId)
			.query(Long.class)
			.single();
	}

	@Override
	public List<PathwayState> pathways(String companyId) {
		return jdbc.sql("""
				select c.id, c.product_id, c.product_name, p.pathway, o.outcome, c.status
				from desk.support_case c
				join desk.case_pathway p on p.case_id = c.id
				left join desk.case_pathway_outcome o on o.case_id = c.id and o.pathway = p.pathway
				where c.company_id = :company order by c.opened_at, c.id, p.pathway""")
			.param("company", companyId)
			.query((rs, row) -> new PathwayState(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
					rs.getString("product_name"), Pathway.valueOf(rs.getString("pathway")),
					rs.getString("outcome") == null ? null : PathwayOutcome.valueOf(rs.getString("outcome")),
					!CaseStatus.CLOSED.name().equals(rs.getString("status"))))
			.list();
	}

}
