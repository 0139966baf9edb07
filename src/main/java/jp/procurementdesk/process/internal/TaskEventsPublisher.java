package jp.procurementdesk.process.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.process.TaskCompleted;
import jp.procurementdesk.process.TaskOpened;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells other modules about new and reassigned tasks as {@link TaskOpened}, and completed
 * ones as {@link TaskCompleted}, from the task events Camunda publishes as Spring events
 * inside its transaction. Camunda fires the first
 * assignment of a task with an assignee expression before its create event: that one is
 * part of the creation, not a reassignment.
 */
@Component
class TaskEventsPublisher {

	private static final String INITIAL_STATE = "Init";

	private final ApplicationEventPublisher events;

	TaskEventsPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' or #task.eventName == '"
			+ TaskListener.EVENTNAME_ASSIGNMENT + "'")
	void on(DelegateTask task) {
		if (task.getVariable(Variables.CASE_ID) == null) {
			return;
		}
		boolean reassigned = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName());
		if (reassigned && (isBeingCreated(task) || task.getAssignee() == null)) {
			return;
		}
		events.publishEvent(new TaskOpened(Executions.caseId(task), task.getId(), task.getTaskDefinitionKey(),
				task.getAssignee(), candidateGroups(task), reassigned, Executions.actor()));
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
	void completed(DelegateTask task) {
		if (task.getVariable(Variables.CASE_ID) == null) {
			return;
		}
		events.publishEvent(new TaskCompleted(Executions.caseId(task), task.getId(), task.getTaskDefinitionKey(),
				Executions.actor()));
	}

	private static boolean isBeingCreated(DelegateTask task) {
		if (task instanceof TaskEntity entity) {
			return entity.getTaskState() == null || INITIAL_STATE.equals(entity.getTaskState());
		}
		return false;
	}

	private static Set<String> candidateGroups(DelegateTask task) {
		Set<String> groups = new LinkedHashSet<>();
		for (IdentityLink link : task.getCandidates()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		return groups;
	}

}
