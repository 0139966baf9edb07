package jp.procurementdesk.tasks.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.Cases.CaseLabel;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.tasks.TaskView;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Reads single open tasks from the engine, for their detail and the actions on them (the list
 * reads the projection, see {@link TaskListQuery}).
 */
@Component
class CamundaTasks {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final Cases cases;

	private final Clock clock;

	private final ProposedForms forms;

	CamundaTasks(TaskService tasks, RuntimeService runtime, Cases cases, Clock clock, ProposedForms forms) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.cases = cases;
		this.clock = clock;
		this.forms = forms;
	}

	/** The task if it is open, whoever may see it; callers check access. */
	Task find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("Task");
		}
		return task;
	}

	/** Who may act on the task; 404 when it ended since it was read (a completion racing this one). */
	TaskAccess access(Task task) {
		try {
			return new TaskAccess(task.getAssignee(), candidateGroups(task.getId()));
		}
		catch (RuntimeException failed) {
			// The engine fails inside its own checks (NullPointerException on the ended
			// execution) when the task went away between the two commands.
			if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
				throw new NotFoundException("Task");
			}
			throw failed;
		}
	}

	TaskView view(Task task, CurrentUser user) {
		return views(List.of(task), user).get(0);
	}

	private List<TaskView> views(List<Task> page, CurrentUser user) {
		Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		// The business key of a case's processes is the case id; a registration's review has no case.
		Map<String, UUID> caseIds = instanceIds.isEmpty() ? Map.of()
				: runtime.createProcessInstanceQuery()
					.processInstanceIds(instanceIds)
					.list()
					.stream()
					.filter(instance -> !instance.getProcessDefinitionId().startsWith(Processes.COMPANY_REGISTRATION + ":"))
					.collect(Collectors.toMap(ProcessInstance::getId, instance -> UUID.fromString(instance.getBusinessKey())));
		Map<UUID, CaseLabel> labels = cases.labels(caseIds.values());
		OffsetDateTime now = OffsetDateTime.now(clock);
		return page.stream().map(task -> {
			UUID caseId = caseIds.get(task.getProcessInstanceId());
			CaseLabel label = caseId == null ? null : labels.get(caseId);
			OffsetDateTime due = time(task.getDueDate());
			List<String> groups = candidateGroups(task.getId());
			return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), caseId,
					label == null ? null : label.reference(), label == null ? null : label.companyName(),
					task.getAssignee(), groups, time(task.getCreateTime()), due, due != null && due.isBefore(now),
					forms.fields(task.getTaskDefinitionKey(), caseId),
					new TaskAccess(task.getAssignee(), groups).actionableBy(user));
		}).toList();
	}

	private List<String> candidateGroups(String taskId) {
		return tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.sorted()
			.toList();
	}

	private OffsetDateTime time(Date date) {
		return date == null ? null : date.toInstant().atZone(clock.getZone()).toOffsetDateTime();
	}

}
