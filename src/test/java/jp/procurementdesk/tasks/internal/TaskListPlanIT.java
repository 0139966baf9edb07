package jp.procurementdesk.tasks.internal;

import static jp.procurementdesk.support.QueryPlans.indexes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.QueryPlans;
import jp.procurementdesk.tasks.TaskFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task list stays an index lookup at the size of a busy desk: with 20,000 synthetic open
 * tasks (400 companies, 25 advisors, a small advisors' pool) the very statements the list runs
 * for each role use their index and never read the whole table. The plans, with timings, go
 * to {@code target/task-list-plans.txt}. The synthetic rows are removed afterwards.
 */
@DeskIntegrationTest
class TaskListPlanIT {

	private static final String SYNTHETIC = """
			insert into desk.open_task (task_id, process_instance_id, case_id, task_key, name, assignee,
			    candidate_groups, company_id, case_reference, company_name, created_at, due_at)
			select 'plan-' || i, 'plan-pi-' || i, md5('plan' || (i / 3))::uuid,
			       case when b < 7 then 'prepare-dossier' when b < 16 then 'review-dossier' else 'triage' end,
			       'Synthetic task',
			       case when b < 7 then null
			            when b < 16 then case when i % 100 = 7 then null else 'plan.advisor.' || (i % 25) end
			            when i % 100 = 16 then 'plan.supervisor' end,
			       case when b < 7 then array['company:plan-co-' || (i / 20 % 400)]::varchar[]
			            when b < 16 then array['advisors']::varchar[] else array['supervisors']::varchar[] end,
			       'plan-co-' || (i / 20 % 400), 'PD-2020-' || lpad(i::text, 6, '0'), 'Plan Co ' || (i / 20 % 400),
			       created,
			       case when b < 7 then case when i % 7 = 0 then created + interval '10 days' end
			            when b < 16 then created + interval '5 days' else created + interval '2 days' end
			from (select i, i % 20 as b, now() - (i * 7919 % 20000) * interval '50 minutes' as created
			      from generate_series(1, 20000) i) tasks""";

	private static final CurrentUser SUPERVISOR = user("plan.supervisor", DeskRole.SUPERVISOR, null);

	private static final CurrentUser ADVISOR = user("plan.advisor.3", DeskRole.ADVISOR, null);

	private static final CurrentUser COMPANY = user("plan.user", DeskRole.COMPANY, "plan-co-7");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskListQuery taskList;

	private final List<String> report = new ArrayList<>();

	@Test
	void eachRoleReadsItsPageAndTotalThroughAnIndex() throws IOException {
		jdbc.sql(SYNTHETIC).update();
		try {
			jdbc.sql("vacuum analyze desk.open_task").update();

			TaskListSql supervisor = sql(list(null, null, "created"), SUPERVISOR);
			assertThat(indexes(explain("supervisor page", supervisor.page(), supervisor))).contains("open_task_created_idx");
			// Counting every open task reads them all, from the smallest index or the table.
			explain("supervisor total", supervisor.count(), supervisor);

			// An advisor's rows are 3 % of the table: reading the created index in order until the
			// page is full, or their two index lookups and a sort, depending on the page.
			TaskListSql advisor = sql(list(null, null, "created"), ADVISOR);
			assertThat(indexes(explain("advisor page", advisor.page(), advisor))).containsAnyOf("open_task_created_idx",
					"open_task_assignee_idx");
			assertThat(indexes(explain("advisor total", advisor.count(), advisor)))
				.contains("open_task_assignee_idx", "open_task_groups_idx");
			TaskListSql deep = sql(new TaskFilter(null, null, null, null, 25, 20, TaskFilter.Sort.CREATED), ADVISOR);
			assertThat(indexes(explain("advisor page 26", deep.page(), deep))).contains("open_task_assignee_idx");

			TaskListSql company = sql(list(null, null, "due"), COMPANY);
			assertThat(indexes(explain("company page", company.page(), company))).contains("open_task_groups_idx");
			assertThat(indexes(explain("company total", company.count(), company))).contains("open_task_groups_idx");

			TaskListSql overdue = sql(new TaskFilter(null, null, true, null, 0, 10, TaskFilter.Sort.DUE), SUPERVISOR);
			assertThat(indexes(explain("supervisor home: overdue, soonest first", overdue.page(), overdue)))
				.contains("open_task_due_idx");
			TaskListSql mine = sql(list(null, "me", "due"), ADVISOR);
			assertThat(indexes(explain("advisor home: assigned to me, soonest first", mine.page(), mine)))
				.contains("open_task_assignee_idx");
			UUID caseId = jdbc.sql("select md5('plan7')::uuid").query(UUID.class).single();
			TaskListSql ofCase = sql(TaskFilter.ofCase(caseId), SUPERVISOR);
			assertThat(indexes(explain("a case's tasks", ofCase.page(), ofCase))).contains("open_task_case_idx");

			// The list itself over the same rows: the totals are the visibility rule, said otherwise.
			assertThat(taskList.list(list(null, null, "created"), ADVISOR).total()).isEqualTo(count(
					"assignee = 'plan.advisor.3' or (assignee is null and 'advisors' = any(candidate_groups))"));
			assertThat(taskList.list(list(null, null, "due"), COMPANY).total())
				.isEqualTo(count("'company:plan-co-7' = any(candidate_groups)"));
			assertThat(taskList.list(list(null, null, "created"), ADVISOR).items()).hasSize(20);
			time("supervisor", SUPERVISOR);
			time("advisor", ADVISOR);
			time("company", COMPANY);
		}
		finally {
			jdbc.sql("delete from desk.open_task where task_id like 'plan-%'").update();
			jdbc.sql("analyze desk.open_task").update();
			Files.writeString(Path.of("target", "task-list-plans.txt"), String.join("\n", report));
		}
	}

	/** For the report only: how long a whole list call (total, page, views) takes here. */
	private void time(String role, CurrentUser user) {
		long[] micros = new long[60];
		for (int i = 0; i < micros.length; i++) {
			long start = System.nanoTime();
			taskList.list(list(null, null, "created"), user);
			micros[i] = (System.nanoTime() - start) / 1000;
		}
		Arrays.sort(micros, 10, micros.length);
		report.add("== %s list, 50 calls after 10 warm-up: median %d us, p95 %d us".formatted(role, micros[35],
				micros[57]));
	}

	private static TaskFilter list(String key, String assignment, String sort) {
		return new TaskFilter(null, key, null, TaskFilter.Assignment.of(assignment).orElse(null), 0, 20,
				TaskFilter.Sort.of(sort).orElseThrow());
	}

	private static TaskListSql sql(TaskFilter filter, CurrentUser user) {
		return TaskListSql.of(filter, user, Instant.now());
	}

	/** The plan of the statement as PostgreSQL runs it with these parameters (and, timed, into the report). */
	private JsonNode explain(String title, String statement, TaskListSql sql) {
		String analyzed = String.join("\n", jdbc.sql("explain (analyze) " + statement).params(sql.params())
			.query(String.class).list());
		report.add("== " + title + "\n" + statement + "\n" + sql.params() + "\n" + analyzed + "\n");
		return QueryPlans.plan(jdbc.sql("explain (format json) " + statement).params(sql.params()).query(String.class).single());
	}


	private long count(String predicate) {
		return jdbc.sql("select count(*) from desk.open_task where " + predicate).query(Long.class).single();
	}


	private static CurrentUser user(String username, DeskRole role, String companyId) {
		return new CurrentUser(username, username, null, Set.of(role), companyId);
	}

}
