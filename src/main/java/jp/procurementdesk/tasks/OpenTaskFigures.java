package jp.procurementdesk.tasks;

import java.util.Map;

/**
 * The open tasks of the case processes, counted for the supervisors' dashboard (from the task
 * list's table, which follows the engine in its own transaction). No visibility check.
 */
public interface OpenTaskFigures {

	/** Open tasks past their due date, now. */
	long overdue();

	/** Open tasks per assignee (unassigned tasks are not counted). */
	Map<String, Long> perAssignee();

	/** Open tasks waiting on a client company (a {@code company:} candidate group) and on the desk. */
	Waiting waiting();

	record Waiting(long onCompanies, long onDesk) {
	}

}
