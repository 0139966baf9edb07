package jp.procurementdesk.tasks.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task list, read from {@code desk.open_task} ({@link TaskListProjection} keeps it in step
 * with the engine): a count and one page, each a single indexed statement.
 */
@Component
class TaskListQuery {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ProposedForms forms;

	TaskListQuery(JdbcClient jdbc, Clock clock, ProposedForms forms) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.forms = forms;
	}

	Page<TaskView> list(TaskFilter filter, CurrentUser user) {
		Instant now = clock.instant();
		TaskListSql sql = TaskListSql.of(filter, user, now);
		long total = jdbc.sql(sql.count()).params(sql.params()).query(Long.class).single();
		List<TaskView> items = total <= sql.offset() ? List.of()
				: jdbc.sql(sql.page()).params(sql.params()).query((row, number) -> view(row, user, now)).list();
		return new Page<>(items, filter.page(), filter.size(), total);
	}

	private TaskView view(ResultSet row, CurrentUser user, Instant now) throws SQLException {
		String key = row.getString("task_key");
		String assignee = row.getString("assignee");
		List<String> groups = groups(row.getArray("candidate_groups"));
		OffsetDateTime due = time(row.getTimestamp("due_at"));
		UUID caseId = row.getObject("case_id", UUID.class);
		return new TaskView(row.getString("task_id"), key, row.getString("name"), caseId,
				row.getString("case_reference"), row.getString("company_name"), assignee, groups,
				time(row.getTimestamp("created_at")), due, due != null && due.toInstant().isBefore(now),
				forms.fields(key, caseId), new TaskAccess(assignee, groups).actionableBy(user));
	}

	private static List<String> groups(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).sorted().toList();
	}

	/** In the desk's zone, as the engine-backed views show times. */
	private OffsetDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().atZone(clock.getZone()).toOffsetDateTime();
	}

}
