package jp.procurementdesk.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case list in SQL (docs/performance.md): the page's ids in list order, their rows with
 * the collections as arrays, their SLA breaches, and the total: four statements, where the
 * entity graph took six and counted by id (no index-only scan).
 */
@Component
class CaseList {

	private final JdbcClient jdbc;

	CaseList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<CaseView> list(CaseQuery query, CurrentUser viewer) {
		CaseListSql sql = CaseListSql.of(query, viewer);
		List<UUID> ids = jdbc.sql(sql.pageIds()).params(sql.params()).query(UUID.class).list();
		long total = jdbc.sql(sql.count()).params(sql.params()).query(Long.class).single();
		if (ids.isEmpty()) {
			return new Page<>(List.of(), query.page(), query.size(), total);
		}
		Map<UUID, List<CaseView.SlaBreach>> breaches = new HashMap<>();
		jdbc.sql(CaseListSql.breaches()).param("ids", ids).query((rs, row) -> breaches
			.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new ArrayList<>())
			.add(new CaseView.SlaBreach(SlaBreachKind.valueOf(rs.getString("kind")),
					rs.getObject("at", OffsetDateTime.class), rs.getString("task_key"))))
			.list();
		Map<UUID, CaseView> rows = new LinkedHashMap<>();
		jdbc.sql(CaseListSql.rows()).param("ids", ids).query((rs, row) -> view(rs, breaches)).list()
			.forEach(view -> rows.put(view.id(), view));
		return new Page<>(ids.stream().map(rows::get).filter(Objects::nonNull).toList(), query.page(),
				query.size(), total);
	}

	private static CaseView view(ResultSet rs, Map<UUID, List<CaseView.SlaBreach>> breaches) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Set<Pathway> pathways = EnumSet.noneOf(Pathway.class);
		strings(rs.getArray("pathways")).forEach(value -> pathways.add(Pathway.valueOf(value)));
		Set<TargetAgency> agencies = EnumSet.noneOf(TargetAgency.class);
		strings(rs.getArray("agencies")).forEach(value -> agencies.add(TargetAgency.valueOf(value)));
		Map<Pathway, PathwayOutcome> outcomes = new EnumMap<>(Pathway.class);
		strings(rs.getArray("outcomes")).forEach(value -> {
			int split = value.indexOf('=');
			outcomes.put(Pathway.valueOf(value.substring(0, split)),
					PathwayOutcome.valueOf(value.substring(split + 1)));
		});
		String outcome = rs.getString("outcome");
		return new CaseView(id, rs.getString("reference"), rs.getString("company_id"), rs.getString("company_name"),
				rs.getString("product_name"), ProductCategory.valueOf(rs.getString("product_category")),
				rs.getObject("product_id", UUID.class), rs.getObject("opportunity_id", UUID.class), CaseKind.valueOf(rs.getString("kind")), Set.copyOf(pathways), Set.copyOf(agencies), rs.getString("summary"),
				CaseStatus.valueOf(rs.getString("status")), outcome == null ? null : CaseOutcome.valueOf(outcome),
				rs.getString("advisor"), new LinkedHashMap<>(outcomes), breaches.getOrDefault(id, List.of()),
				rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class), 0);
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add((String) value);
		}
		return values;
	}

}
