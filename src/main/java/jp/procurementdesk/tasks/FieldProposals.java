package jp.procurementdesk.tasks;

import java.util.Map;
import java.util.UUID;

/**
 * Values a task's form starts with, proposed by the module that knows them (docs/opportunities.md, A case from a notice):
 * the user confirms or corrects them. Implemented by higher modules (opportunities proposes
 * the tender of a case opened from a notice); the tasks module asks every implementation.
 */
public interface FieldProposals {

	/**
	 * @param taskKey the task definition key, such as {@code identify-tender}
	 * @return field name to value (in the field's JSON form), empty when nothing is proposed
	 */
	Map<String, Object> propose(String taskKey, UUID caseId);

}
