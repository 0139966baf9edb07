package jp.procurementdesk.tasks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Filters of the task list.
 *
 * @param assignment whose tasks; null: both assigned to the user and unassigned
 * @param sort the list's order
 */
public record TaskFilter(UUID caseId, String key, Boolean overdue, Assignment assignment, int page, int size,
		Sort sort) {

	public static TaskFilter ofCase(UUID caseId) {
		return new TaskFilter(caseId, null, null, null, 0, 100, Sort.CREATED);
	}

	/** The {@code assignment} parameter of {@code GET /api/tasks}. */
	public enum Assignment {

		/** Assigned to the user. */
		ME("me"),

		/** Unassigned. */
		POOL("pool");

		private final String value;

		Assignment(String value) {
			this.value = value;
		}

		public String value() {
			return value;
		}

		public static Optional<Assignment> of(String value) {
			return Arrays.stream(values()).filter(assignment -> assignment.value.equals(value)).findFirst();
		}

		public static List<String> names() {
			return Arrays.stream(values()).map(Assignment::value).toList();
		}

	}

	/** The {@code sort} parameter of {@code GET /api/tasks}. */
	public enum Sort {

		/** Soonest due first, undated last. */
		DUE("due"),

		/** Oldest first. */
		CREATED("created");

		private final String value;

		Sort(String value) {
			this.value = value;
		}

		public String value() {
			return value;
		}

		public static Optional<Sort> of(String value) {
			return Arrays.stream(values()).filter(sort -> sort.value.equals(value)).findFirst();
		}

		public static List<String> names() {
			return Arrays.stream(values()).map(Sort::value).toList();
		}

	}

}
