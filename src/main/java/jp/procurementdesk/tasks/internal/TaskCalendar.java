package jp.procurementdesk.tasks.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.calendar.CalendarEntry;
import jp.procurementdesk.calendar.CalendarSource;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.tasks.TaskFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The due dates of the open tasks a user could act on (docs/calendar.md): of those the task
 * list shows them, the ones they may complete now (possibly claiming first), so a supervisor's
 * feed holds the supervisors' work, not every task of the desk. Read from
 * {@code desk.open_task} like the list, with the list's visibility rule.
 */
@Component
class TaskCalendar implements CalendarSource {

	/** More due tasks than anyone has: a feed stays a few hundred kilobytes at most. */
	static final int LIMIT = 500;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	TaskCalendar(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<CalendarEntry> entries(CurrentUser user) {
		TaskListSql sql = TaskListSql.of(new TaskFilter(null, null, null, null, 0, LIMIT, TaskFilter.Sort.DUE), user,
				clock.instant());
		Locale language = LocaleContextHolder.getLocale();
		return jdbc
			.sql("select " + TaskListSql.COLUMNS + " from desk.open_task where " + sql.where()
					+ " and due_at is not null order by " + TaskListSql.BY_DUE + " limit " + LIMIT)
			.params(sql.params())
			.query((row, number) -> new DueTask(row.getString("task_id"), row.getString("task_key"),
					row.getString("name"), row.getObject("case_id", UUID.class), row.getString("case_reference"),
					row.getString("company_name"), row.getTimestamp("due_at"),
					new TaskAccess(row.getString("assignee"),
							List.of((String[]) row.getArray("candidate_groups").getArray()))))
			.list()
			.stream()
			.filter(task -> task.access().actionableBy(user))
			.map(task -> entry(task, language))
			.toList();
	}

	private CalendarEntry entry(DueTask task, Locale language) {
		String name = messages.getMessage("task." + task.key(), null, task.name() == null ? task.key() : task.name(),
				language);
		String summary = messages.getMessage("calendar.task.summary", new Object[] { name, task.caseReference() },
				language);
		String description = messages.getMessage("calendar.task.description",
				new Object[] { name, task.caseReference(), task.companyName() }, language);
		OffsetDateTime due = task.due().toInstant().atOffset(ZoneOffset.UTC);
		return new CalendarEntry("task-" + task.taskId(), CalendarEntry.Kind.TASK_DUE, summary, description, due, null,
				"/cases/" + task.caseId());
	}

	private record DueTask(String taskId, String key, String name, UUID caseId, String caseReference,
			String companyName, Timestamp due, TaskAccess access) {
	}

}
