package jp.procurementdesk.tasks.internal;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.process.EngineUser;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor gives a staff task to someone of the task's role: 403 for anyone else, 400
 * for a missing assignee, a company task or an assignee without the role.
 */
@Service
@Transactional
class AssignTask {

	private final TaskLookup lookup;

	private final TaskService engineTasks;

	private final EngineUser engineUser;

	private final UserDirectory directory;

	private final TaskTimeline timeline;

	AssignTask(TaskLookup lookup, TaskService engineTasks, EngineUser engineUser, UserDirectory directory,
			TaskTimeline timeline) {
		this.lookup = lookup;
		this.engineTasks = engineTasks;
		this.engineUser = engineUser;
		this.directory = directory;
		this.timeline = timeline;
	}

	void assign(String taskId, String assignee, CurrentUser user) {
		Task task = lookup.held(taskId, user);
		if (!user.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("Only supervisors assign tasks.");
		}
		TaskAccess access = lookup.access(task);
		if (assignee == null || assignee.isBlank()) {
			throw InvalidInputException.of("assignee", "required");
		}
		if (access.isCompanyTask()) {
			throw InvalidInputException.of("assignee", "company-task");
		}
		DeskRole needed = access.candidateGroups().contains(Groups.SUPERVISORS) ? DeskRole.SUPERVISOR : DeskRole.ADVISOR;
		if (!directory.hasRole(assignee, needed)) {
			throw InvalidInputException.of("assignee", "role-" + needed.realmRole());
		}
		engineUser.runAs(user, () -> engineTasks.setAssignee(task.getId(), assignee));
		timeline.assigned(task, user.username(), assignee);
	}

}
