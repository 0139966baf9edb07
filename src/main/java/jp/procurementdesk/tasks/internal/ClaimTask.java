package jp.procurementdesk.tasks.internal;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.EngineUser;
import jp.procurementdesk.shared.ForbiddenException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff member takes a task of their group: 409 when it is someone else's, 403 outside the group. */
@Service
@Transactional
class ClaimTask {

	private final TaskLookup lookup;

	private final TaskService engineTasks;

	private final EngineUser engineUser;

	private final TaskTimeline timeline;

	ClaimTask(TaskLookup lookup, TaskService engineTasks, EngineUser engineUser, TaskTimeline timeline) {
		this.lookup = lookup;
		this.engineTasks = engineTasks;
		this.engineUser = engineUser;
		this.timeline = timeline;
	}

	void claim(String taskId, CurrentUser user) {
		Task task = lookup.held(taskId, user);
		TaskAccess access = lookup.access(task);
		if (access.takenByOther(user)) {
			throw TaskConflicts.assignedTo(task);
		}
		if (!access.inCandidateGroup(user) && !user.username().equals(task.getAssignee())) {
			throw new ForbiddenException("Only advisors and supervisors of the task's group claim it.");
		}
		if (task.getAssignee() != null) {
			return; // already the user's
		}
		engineUser.runAs(user, () -> TaskConflicts.claim(engineTasks, task.getId(), user.username()));
		timeline.claimed(task, user.username());
	}

}
