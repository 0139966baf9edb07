package jp.procurementdesk.tasks.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.OpenTasks.StepState;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;
import org.camunda.bpm.engine.HistoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reading side of the tasks: the list, one task, and where a case's processes are. */
@Service
@Transactional(readOnly = true)
class TaskQueries {

	private final TaskListQuery taskList;

	private final CamundaTasks openTasks;

	private final TaskLookup lookup;

	private final HistoryService history;

	TaskQueries(TaskListQuery taskList, CamundaTasks openTasks, TaskLookup lookup, HistoryService history) {
		this.taskList = taskList;
		this.openTasks = openTasks;
		this.lookup = lookup;
		this.history = history;
	}

	Page<TaskView> list(TaskFilter filter, CurrentUser user) {
		return taskList.list(filter, user);
	}

	TaskView get(String taskId, CurrentUser user) {
		return openTasks.view(lookup.visible(taskId, user), user);
	}

	Map<String, StepState> steps(UUID caseId) {
		Map<String, StepState> steps = new LinkedHashMap<>();
		history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(caseId.toString())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()
			.forEach(task -> {
				if (task.getEndTime() == null) {
					steps.put(task.getTaskDefinitionKey(), StepState.OPEN);
				}
				else if ("completed".equals(task.getDeleteReason())) {
					steps.putIfAbsent(task.getTaskDefinitionKey(), StepState.DONE);
				}
			});
		return steps;
	}

}
