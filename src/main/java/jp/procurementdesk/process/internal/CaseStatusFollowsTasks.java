package jp.procurementdesk.process.internal;

import java.util.Map;
import java.util.Optional;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Tasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The case status is where the support-case process waits: each of its user tasks means one
 * status. (IN_SUPPORT starts with the pathway work, CLOSED with an outcome: see the delegates.)
 * Camunda publishes task events as Spring events inside its transaction.
 */
@Component
class CaseStatusFollowsTasks {

	private static final Map<String, CaseStatus> STATUS_BY_TASK = Map.of(Tasks.TRIAGE, CaseStatus.TRIAGE,
			Tasks.PROVIDE_INFORMATION, CaseStatus.INFORMATION_REQUESTED, Tasks.INITIAL_CONSULTATION,
			CaseStatus.CONSULTATION, Tasks.APPROVE_PLAN, CaseStatus.PLAN_APPROVAL, Tasks.CLOSE_CASE,
			CaseStatus.CLOSING, Tasks.APPROVE_CLOSURE, CaseStatus.CLOSING);

	private final CaseUpdates cases;

	CaseStatusFollowsTasks(CaseUpdates cases) {
		this.cases = cases;
	}

	static Optional<CaseStatus> statusWhileOpen(String processDefinitionId, String taskKey) {
		if (processDefinitionId == null || !processDefinitionId.startsWith(Processes.SUPPORT_CASE + ":")) {
			return Optional.empty();
		}
		return Optional.ofNullable(STATUS_BY_TASK.get(taskKey));
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	void on(DelegateTask task) {
		statusWhileOpen(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
			.ifPresent(status -> cases.statusReached(Executions.caseId(task), status, Executions.actor()));
	}

}
