package jp.procurementdesk.cases.internal;

import static jp.procurementdesk.support.QueryPlans.indexes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.QueryPlans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case list stays an index read at the size of a desk that has run for years: with
 * 20,000 synthetic cases (200 companies, 20 advisors) each role's page is read off its
 * list-order index, and a search finds its matches through the trigram indexes instead of
 * walking the list order and filtering row by row. Plans go to
 * {@code target/case-list-plans.txt}; the synthetic rows are removed afterwards.
 */
@DeskIntegrationTest
class CaseListPlanIT {

	private static final String COMPANIES = """
			insert into desk.company (id, name)
			select 'plan-co-' || i, 'Plan Company ' || lpad(i::text, 3, '0') from generate_series(0, 199) i""";

	private static final String CASES = """
			insert into desk.support_case (id, reference, company_id, company_name, product_name, product_category,
			    summary, status, outcome, advisor, opened_at, closed_at)
			select md5('plan-case' || i)::uuid, 'PL-2020-' || lpad(i::text, 6, '0'), 'plan-co-' || (i % 200),
			       'Plan Company ' || lpad((i % 200)::text, 3, '0'), 'Plan product ' || (i % 997), 'IVD',
			       'Synthetic case.', case when i % 5 = 0 then 'TRIAGE' else 'CLOSED' end,
			       case when i % 5 = 0 then null else 'COMPLETED' end,
			       case when i % 5 = 0 then null else 'plan.advisor.' || (i % 20) end,
			       now() - (i * 7919 % 20000) * interval '70 minutes',
			       case when i % 5 = 0 then null else now() - (i * 7919 % 20000) * interval '30 minutes' end
			from generate_series(1, 20000) i""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseList caseList;

	private final List<String> report = new ArrayList<>();

	@Test
	void eachRoleReadsItsPageThroughAnIndexAndSearchesThroughTrigrams() throws IOException {
		jdbc.sql(COMPANIES).update();
		jdbc.sql(CASES).update();
		try {
			jdbc.sql("vacuum analyze desk.support_case").update();
			CurrentUser supervisor = user("plan.supervisor", DeskRole.SUPERVISOR, null);
			CurrentUser advisor = user("plan.advisor.3", DeskRole.ADVISOR, null);
			CurrentUser company = user("plan.user", DeskRole.COMPANY, "plan-co-7");

			assertThat(indexes(explain("supervisor page", CaseListSql.of(page(null), supervisor))))
				.contains("support_case_opened_idx");
			assertThat(indexes(explain("advisor page", CaseListSql.of(page(null), advisor))))
				.contains("support_case_advisor_idx");
			assertThat(indexes(explain("company page", CaseListSql.of(page(null), company))))
				.contains("support_case_company_idx");
			// Few matches among many cases: found by trigram, then sorted; never the whole table.
			assertThat(indexes(explain("supervisor search", CaseListSql.of(page("company 042"), supervisor))))
				.contains("support_case_company_name_trgm")
				.doesNotContain("support_case_opened_idx");

			// The list over the same rows: the page in list order, the total the visibility rule.
			var found = caseList.list(page("company 042"), supervisor);
			assertThat(found.total()).isEqualTo(100);
			assertThat(found.items()).hasSize(20)
				.isSortedAccordingTo((a, b) -> b.openedAt().compareTo(a.openedAt()))
				.allSatisfy(view -> assertThat(view.companyName()).isEqualTo("Plan Company 042"));
			assertThat(caseList.list(page(null), advisor).total()).isEqualTo(1000);
			assertThat(caseList.list(page(null), company).total()).isEqualTo(100);
		}
		finally {
			jdbc.sql("delete from desk.support_case where reference like 'PL-2020-%'").update();
			jdbc.sql("delete from desk.company where id like 'plan-co-%'").update();
			jdbc.sql("analyze desk.support_case").update();
			Files.writeString(Path.of("target", "case-list-plans.txt"), String.join("\n", report));
		}
	}

	private static CaseQuery page(String text) {
		return new CaseQuery(null, text, 0, 20);
	}

	/** The plan of the page statement as PostgreSQL runs it with these parameters (timed, into the report). */
	private JsonNode explain(String title, CaseListSql sql) {
		String analyzed = String.join("\n", jdbc.sql("explain (analyze) " + sql.pageIds()).params(sql.params())
			.query(String.class).list());
		report.add("== " + title + "\n" + sql.pageIds() + "\n" + sql.params() + "\n" + analyzed + "\n");
		return QueryPlans.plan(jdbc.sql("explain (format json) " + sql.pageIds()).params(sql.params()).query(String.class).single());
	}



	private static CurrentUser user(String username, DeskRole role, String companyId) {
		return new CurrentUser(username, username, null, Set.of(role), companyId);
	}

}
