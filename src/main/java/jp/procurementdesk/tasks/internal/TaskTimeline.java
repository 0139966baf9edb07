package jp.procurementdesk.tasks.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.TimelineType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * What the task actions write to the case's timeline. A task of no case (the review of a
 * company's registration, whose record is the registration itself) writes nothing here.
 */
@Component
class TaskTimeline {

	private final CaseUpdates caseUpdates;

	private final TaskLookup lookup;

	TaskTimeline(CaseUpdates caseUpdates, TaskLookup lookup) {
		this.caseUpdates = caseUpdates;
		this.lookup = lookup;
	}

	void claimed(Task task, String actor) {
		record(task, actor, TimelineType.TASK_CLAIMED, Map.of("taskKey", task.getTaskDefinitionKey()));
	}

	/** {@code from} is left out of an unassigned task. */
	void assigned(Task task, String actor, String assignee) {
		record(task, actor, TimelineType.TASK_ASSIGNED,
				details("taskKey", task.getTaskDefinitionKey(), "from", task.getAssignee(), "to", assignee));
	}

	void completed(Task task, String actor, Map<String, Object> values) {
		record(task, actor, TimelineType.TASK_COMPLETED,
				details("taskKey", task.getTaskDefinitionKey(), "taskName", task.getName(), "values", values));
	}

	private void record(Task task, String actor, TimelineType type, Map<String, Object> details) {
		lookup.caseOf(task).ifPresent(caseId -> caseUpdates.record(caseId, actor, type, details));
	}

	/** Name-value pairs in order, without the null values. */
	private static Map<String, Object> details(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				map.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return map;
	}

}
