package jp.procurementdesk.tasks;

import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

/**
 * Open tasks a user may see and act on. A company sees its company's tasks, an advisor the
 * tasks assigned to them and the unassigned ones of the advisors' pool, a supervisor all. A
 * task the user may not see does not exist for them (404); one they see but may not act on
 * answers 403; one someone else completed or claimed meanwhile answers 409.
 */
public interface OpenTasks {

	Page<TaskView> list(TaskFilter filter, CurrentUser user);

	TaskView get(String taskId, CurrentUser user);

	void claim(String taskId, CurrentUser user);

	void assign(String taskId, String assignee, CurrentUser user);

	/**
	 * Where the case's processes are: each task key met so far, DONE (completed at least once
	 * and not open now) or OPEN. Callers check that the user may see the case.
	 */
	Map<String, StepState> steps(UUID caseId);

	enum StepState {

		DONE, OPEN

	}

	/** Validates the values against the task's form, then completes it; 400 with field errors otherwise. */
	void complete(String taskId, Map<String, Object> values, CurrentUser user);

}
