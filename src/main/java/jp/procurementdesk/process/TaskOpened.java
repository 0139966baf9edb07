package jp.procurementdesk.process;

import java.util.Set;
import java.util.UUID;

/**
 * A user task of a case's process was created, or (re)assigned to someone after it was
 * created. Published synchronously inside the engine's transaction.
 *
 * @param assignee the user the task is assigned to, or null (then the candidate groups may act)
 * @param candidateGroups such as {@code advisors}, {@code supervisors}, {@code company:<companyId>}
 * @param reassigned false when the task was just created, true when it was assigned later
 * @param actor the user whose action this was, or "system" for timers
 */
public record TaskOpened(UUID caseId, String taskId, String taskKey, String assignee, Set<String> candidateGroups,
		boolean reassigned, String actor) {

	public TaskOpened {
		candidateGroups = Set.copyOf(candidateGroups);
	}

}
