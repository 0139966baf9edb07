package jp.procurementdesk.tasks.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.Cases.CaseLabel;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.stereotype.Component;

/** Reads open tasks from the engine, with the visibility rule applied in the query itself. */
@Component
class CamundaTasks {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final Cases cases;

	private final Clock clock;

	CamundaTasks(TaskService tasks, RuntimeService runtime, Cases cases, Clock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.cases = cases;
		this.clock = clock;
	}

	Page<TaskView> list(TaskFilter filter, CurrentUser user) {
		TaskQuery query = visibleTo(tasks.createTaskQuery().active(), user);
		if (filter.caseId() != null) {
			query.processInstanceBusinessKey(filter.caseId().toString());
		}
		if (filter.key() != null) {
			query.taskDefinitionKey(filter.key());
		}
		if ("me".equals(filter.assignment())) {
			query.taskAssignee(user.username());
		}
		else if ("pool".equals(filter.assignment())) {
			query.taskUnassigned();
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			query.dueBefore(Date.from(clock.instant()));
		}
		if ("due".equals(filter.sort())) {
			query.orderByDueDate().asc().orderByTaskCreateTime().asc();
		}
		else {
			query.orderByTaskCreateTime().asc();
		}
		long total = query.count();
		List<Task> page = query.listPage(filter.page() * filter.size(), filter.size());
		return new Page<>(views(page, user), filter.page(), filter.size(), total);
	}

	/** The task if it is open, whoever may see it; callers check access. */
	Task find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("Task");
		}
		return task;
	}

	TaskAccess access(Task task) {
		return new TaskAccess(task.getAssignee(), candidateGroups(task.getId()));
	}

	TaskView view(Task task, CurrentUser user) {
		return views(List.of(task), user).get(0);
	}

	private TaskQuery visibleTo(TaskQuery query, CurrentUser user) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return query;
		}
		if (user.hasRole(DeskRole.ADVISOR)) {
			// Assigned to them, or unassigned in the advisors' pool.
			return query.or().taskAssignee(user.username()).taskCandidateGroup(Groups.ADVISORS).endOr();
		}
		if (user.companyId() == null) {
			return query.taskId("none");
		}
		return query.taskCandidateGroup(Groups.company(user.companyId())).includeAssignedTasks();
	}

	private List<TaskView> views(List<Task> page, CurrentUser user) {
		Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, UUID> caseIds = instanceIds.isEmpty() ? Map.of()
				: runtime.createProcessInstanceQuery()
					.processInstanceIds(instanceIds)
					.list()
					.stream()
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
					FormDefinitions.of(task.getTaskDefinitionKey()).orElse(List.of()),
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
