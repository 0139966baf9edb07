package jp.procurementdesk.tasks.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.tasks.OpenTaskFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Set-based counts over the task list's table {@code desk.open_task}. */
@Component
@Transactional(readOnly = true)
class OpenTaskCounts implements OpenTaskFigures {

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

	OpenTaskCounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Camunda stores due dates as local timestamps of the JVM's zone, as JDBC does here. */
	@Override
	public long overdue() {
		return jdbc.sql("select count(*) from (" + CASE_TASKS + ") tasks where due < :now")
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	@Override
	public Map<String, Long> perAssignee() {
		Map<String, Long> perAssignee = new LinkedHashMap<>();
		jdbc.sql("select assignee, count(*) as n from (%s) t where assignee is not null group by assignee"
			.formatted(CASE_TASKS))
			.query((rs, row) -> perAssignee.put(rs.getString("assignee"), rs.getLong("n")))
			.list();
		return perAssignee;
	}

	@Override
	public Waiting waiting() {
		return jdbc.sql("""
				select count(*) filter (where company) as companies, count(*) filter (where not company) as desk
				from (select array_to_string(t.candidate_groups, ',') like '%%company:%%' as company
				      from (%s) t) tasks""".formatted(CASE_TASKS))
			.query((rs, row) -> new Waiting(rs.getLong("companies"), rs.getLong("desk")))
			.single();
	}

}
