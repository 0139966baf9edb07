package jp.procurementdesk.tasks;

import java.util.UUID;

/**
 * Filters of the task list.
 *
 * @param assignment {@code me}: assigned to the user; {@code pool}: unassigned; null: both
 * @param sort {@code due} (soonest first, undated last) or {@code created} (oldest first)
 */
public record TaskFilter(UUID caseId, String key, Boolean overdue, String assignment, int page, int size,
		String sort) {

	public static TaskFilter ofCase(UUID caseId) {
		return new TaskFilter(caseId, null, null, null, 0, 100, "created");
	}

}
