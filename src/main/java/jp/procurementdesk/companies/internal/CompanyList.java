package jp.procurementdesk.companies.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.procurementdesk.companies.CompanySearch;
import jp.procurementdesk.companies.CompanyStatus;
import jp.procurementdesk.companies.CompanySummary;
import jp.procurementdesk.shared.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervisors' company list in SQL: a page by name and the total. The text is a
 * substring of the name or Japanese name (any case), the id or the corporate number.
 */
@Component
class CompanyList {

	private final JdbcClient jdbc;

	CompanyList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<CompanySummary> search(CompanySearch search) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>(List.of("true"));
		if (search.status() != null) {
			conditions.add("status = :status");
			params.put("status", search.status().name());
		}
		if (search.text() != null && !search.text().isBlank()) {
			conditions.add("(lower(name) like :text escape '\\' or lower(coalesce(name_ja, '')) like :text escape '\\'"
					+ " or id like :text escape '\\' or coalesce(corporate_number, '') like :text escape '\\')");
			params.put("text", "%" + search.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
				.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String where = String.join(" and ", conditions);
		List<CompanySummary> items = jdbc.sql("select id, name, name_ja, country, corporate_number, status from desk.company"
				+ " where " + where + " order by lower(name), id limit :limit offset :offset")
			.params(params)
			.param("limit", search.size())
			.param("offset", (long) search.page() * search.size())
			.query((rs, row) -> new CompanySummary(rs.getString("id"), rs.getString("name"), rs.getString("name_ja"),
					rs.getString("country"), rs.getString("corporate_number"), CompanyStatus.valueOf(rs.getString("status"))))
			.list();
		long total = jdbc.sql("select count(*) from desk.company where " + where).params(params).query(Long.class).single();
		return new Page<>(items, search.page(), search.size(), total);
	}

}
