package jp.procurementdesk.tasks.internal;

import jp.procurementdesk.shared.ConflictException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The 409s of the task actions, worded once; and the engine's claim, whose race is one of them. */
final class TaskConflicts {

	private TaskConflicts() {
	}

	static ConflictException completedMeanwhile() {
		return new ConflictException("The task was completed meanwhile.");
	}

	static ConflictException assignedTo(Task task) {
		return new ConflictException("The task is assigned to " + task.getAssignee() + ".");
	}

	/** Claims the task for the user; 409 when someone else claimed it first. */
	static void claim(TaskService engineTasks, String taskId, String username) {
		try {
			engineTasks.claim(taskId, username);
		}
		catch (TaskAlreadyClaimedException taken) {
			throw new ConflictException("Someone else claimed the task meanwhile.");
		}
	}

}
