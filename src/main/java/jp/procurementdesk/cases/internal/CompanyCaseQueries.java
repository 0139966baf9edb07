package jp.procurementdesk.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CompanyCaseCounts;

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

}
