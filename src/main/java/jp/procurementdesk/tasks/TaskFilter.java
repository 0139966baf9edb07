package jp.procurementdesk.tasks;

import java.util.UUID;

/**
 * Filters of the task list.
 *
 * @param sort {@code due} (soonest first, undated last) or {@code created} (oldest first)
 */
public record TaskFilter(UUID caseId, String key, Boolean overdue, int page, int size, String sort) {

}
