package jp.procurementdesk.tasks.internal;

import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Finds the open task an action is about, as the user may see it: 404 for a task they may
 * not see, 409 for one of a case they see that was completed meanwhile.
 */
@Component
class TaskLookup {

	private final CamundaTasks openTasks;

	private final TaskService engineTasks;

	private final HistoryService history;

	private final Cases cases;

	TaskLookup(CamundaTasks openTasks, TaskService engineTasks, HistoryService history, Cases cases) {
		this.openTasks = openTasks;
		this.engineTasks = engineTasks;
		this.history = history;
		this.cases = cases;
	}

	/** An open task the user may see; a finished one of a visible case is a conflict, else 404. */
	Task visible(String taskId, CurrentUser user) {
		Task task;
		TaskAccess access;
		try {
			task = openTasks.find(taskId);
			access = openTasks.access(task);
		}
		catch (NotFoundException missing) {
			throw finishedMeanwhile(taskId, user) ? TaskConflicts.completedMeanwhile() : missing;
		}
		if (!access.visibleTo(user)) {
			throw new NotFoundException("Task");
		}
		return task;
	}

	/**
	 * The task as it is once its case is held for this transaction: actions on one case take
	 * turns, so a withdrawal, completion or reassignment that came first has been seen (the
	 * task is gone: 409; its assignee changed: the timeline's "from" is the real one).
	 */
	Task held(String taskId, CurrentUser user) {
		Task task = visible(taskId, user);
		// The case id from the history, which stays when a withdrawal ends the task meanwhile
		// (the task's own variables would be gone with it).
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		if (instance != null && instance.getBusinessKey() != null) {
			cases.holdForChange(UUID.fromString(instance.getBusinessKey()));
		}
		return visible(taskId, user);
	}

	TaskAccess access(Task task) {
		return openTasks.access(task);
	}

	UUID caseIdOf(Task task) {
		return caseOf(task).orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no case"));
	}

	/** The task's case; none for the tasks of a company's registration review. */
	Optional<UUID> caseOf(Task task) {
		Object caseId = engineTasks.getVariable(task.getId(), Variables.CASE_ID);
		return caseId == null ? Optional.empty() : Optional.of(UUID.fromString(caseId.toString()));
	}

	private boolean finishedMeanwhile(String taskId, CurrentUser user) {
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		if (done == null) {
			return false;
		}
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(done.getProcessInstanceId())
			.singleResult();
		return instance != null && cases.find(UUID.fromString(instance.getBusinessKey()), user).isPresent();
	}

}
