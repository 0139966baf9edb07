package jp.procurementdesk.tasks.internal;

import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;

import org.springframework.stereotype.Service;

/**
 * The module's {@link OpenTasks}: each call goes to the class of its use case, which checks
 * first (404, 403, 409, 400) and then makes one engine call in its own transaction.
 */
@Service
class TaskActions implements OpenTasks {

	private final TaskQueries queries;

	private final ClaimTask claims;

	private final AssignTask assignments;

	private final CompleteTask completions;

	TaskActions(TaskQueries queries, ClaimTask claims, AssignTask assignments, CompleteTask completions) {
		this.queries = queries;
		this.claims = claims;
		this.assignments = assignments;
		this.completions = completions;
	}

	@Override
	public Page<TaskView> list(TaskFilter filter, CurrentUser user) {
		return queries.list(filter, user);
	}

	@Override
	public TaskView get(String taskId, CurrentUser user) {
		return queries.get(taskId, user);
	}

	@Override
	public Map<String, StepState> steps(UUID caseId) {
		return queries.steps(caseId);
	}

	@Override
	public void claim(String taskId, CurrentUser user) {
		claims.claim(taskId, user);
	}

	@Override
	public void assign(String taskId, String assignee, CurrentUser user) {
		assignments.assign(taskId, assignee, user);
	}

	@Override
	public void complete(String taskId, Map<String, Object> values, CurrentUser user) {
		completions.complete(taskId, values, user);
	}

}
