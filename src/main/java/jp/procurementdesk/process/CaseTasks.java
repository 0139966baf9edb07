package jp.procurementdesk.process;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The open user tasks of a case's processes (the support case and its pathway processes), as
 * the engine has them now, for modules that must not ask the engine themselves.
 */
public interface CaseTasks {

	/** The case's open tasks with one of these task keys, oldest first. */
	List<OpenTask> open(UUID caseId, Collection<String> taskKeys);

	/**
	 * An open task and the WHO stream of its process ({@code null} when the process has none,
	 * as outside WHO prequalification).
	 */
	record OpenTask(String taskId, String taskKey, String stream) {
	}

}
