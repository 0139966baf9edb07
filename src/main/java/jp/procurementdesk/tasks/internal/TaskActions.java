package jp.procurementdesk.tasks.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.RequiredDocuments;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.process.EngineUser;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task use cases: guard clauses first (404, 403, 409, 400), then one engine call. */
@Service
@Transactional
class TaskActions implements OpenTasks {

	private final CamundaTasks openTasks;

	private final TaskListQuery taskList;

	private final TaskService engineTasks;

	private final HistoryService history;

	private final Cases cases;

	private final CaseUpdates caseUpdates;

	private final EngineUser engineUser;

	private final UserDirectory directory;

	private final Clock clock;

	private final RequiredDocuments requiredDocuments;

	TaskActions(CamundaTasks openTasks, TaskListQuery taskList, TaskService engineTasks, HistoryService history,
			Cases cases, CaseUpdates caseUpdates, EngineUser engineUser, UserDirectory directory, Clock clock,
			RequiredDocuments requiredDocuments) {
		this.requiredDocuments = requiredDocuments;
		this.openTasks = openTasks;
		this.taskList = taskList;
		this.engineTasks = engineTasks;
		this.history = history;
		this.cases = cases;
		this.caseUpdates = caseUpdates;
		this.engineUser = engineUser;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<TaskView> list(TaskFilter filter, CurrentUser user) {
		return taskList.list(filter, user);
	}

	@Override
	@Transactional(readOnly = true)
	public TaskView get(String taskId, CurrentUser user) {
		Task task = visibleTask(taskId, user);
		return openTasks.view(task, user);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, StepState> steps(UUID caseId) {
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

	@Override
	public void claim(String taskId, CurrentUser user) {
		Task task = heldTask(taskId, user);
		TaskAccess access = openTasks.access(task);
		if (access.takenByOther(user)) {
			throw new ConflictException("The task is assigned to " + task.getAssignee() + ".");
		}
		if (!access.inCandidateGroup(user) && !user.username().equals(task.getAssignee())) {
			throw new ForbiddenException("Only advisors and supervisors of the task's group claim it.");
		}
		if (task.getAssignee() == null) {
			engineUser.runAs(user, () -> claimFor(task.getId(), user.username()));
			caseUpdates.record(caseIdOf(task), user.username(), "TASK_CLAIMED", Map.of("taskKey",
					task.getTaskDefinitionKey()));
		}
	}

	@Override
	public void assign(String taskId, String assignee, CurrentUser user) {
		Task task = heldTask(taskId, user);
		if (!user.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("Only supervisors assign tasks.");
		}
		TaskAccess access = openTasks.access(task);
		if (assignee == null || assignee.isBlank()) {
			throw InvalidInputException.of("assignee", "required");
		}
		DeskRole needed = access.candidateGroups().contains(Groups.SUPERVISORS) ? DeskRole.SUPERVISOR : DeskRole.ADVISOR;
		if (access.isCompanyTask()) {
			throw InvalidInputException.of("assignee", "company-task");
		}
		if (!directory.hasRole(assignee, needed)) {
			throw InvalidInputException.of("assignee", "role-" + needed.realmRole());
		}
		engineUser.runAs(user, () -> engineTasks.setAssignee(task.getId(), assignee));
		caseUpdates.record(caseIdOf(task), user.username(), "TASK_ASSIGNED",
				mapOf("taskKey", task.getTaskDefinitionKey(), "from", task.getAssignee(), "to", assignee));
	}

	@Override
	public void complete(String taskId, Map<String, Object> values, CurrentUser user) {
		Task task = heldTask(taskId, user);
		TaskAccess access = openTasks.access(task);
		if (access.takenByOther(user)) {
			throw new ConflictException("The task is assigned to " + task.getAssignee() + ".");
		}
		if (!access.actionableBy(user)) {
			throw new ForbiddenException("Your role does not act on this task.");
		}
		List<jp.procurementdesk.tasks.forms.FormField> form = FormDefinitions.of(task.getTaskDefinitionKey())
			.orElseThrow(() -> new ForbiddenException("This task is not done through the desk."));
		FormSubmission submission = FormSubmission.validate(form, values, new FormSubmission.Context(
				OffsetDateTime.now(clock), clock.getZone(), username -> directory.hasRole(username, DeskRole.ADVISOR)));
		checkScope(task, submission);
		checkDocuments(task);
		caseUpdates.record(caseIdOf(task), user.username(), "TASK_COMPLETED",
				mapOf("taskKey", task.getTaskDefinitionKey(), "taskName", task.getName(), "values", submission.values()));
		engineUser.runAs(user, () -> {
			// Claimed first, so that the history shows who did it (company tasks too).
			if (task.getAssignee() == null) {
				claimFor(task.getId(), user.username());
			}
			try {
				engineTasks.complete(task.getId(), submission.variables());
			}
			catch (org.camunda.bpm.engine.exception.NullValueException gone) {
				throw new ConflictException("The task was completed meanwhile.");
			}
		});
	}

	/** Medicines and vaccines are outside the Compendium's scope (docs/domain.md). */
	private void checkScope(Task task, FormSubmission submission) {
		if (Tasks.COMPENDIUM_ELIGIBILITY.equals(task.getTaskDefinitionKey())
				&& Boolean.TRUE.equals(submission.variables().get(Variables.IN_SCOPE))) {
			Object category = engineTasks.getVariable(task.getId(), Variables.PRODUCT_CATEGORY);
			if ("MEDICINE".equals(category) || "VACCINE".equals(category)) {
				throw InvalidInputException.of(Variables.IN_SCOPE, "compendium-scope");
			}
		}
	}

	/** The preparation tasks need their documents first (docs/contract.md, Documents): 400 listing the missing types. */
	private void checkDocuments(Task task) {
		if (!RequiredDocuments.TASK_KEYS.contains(task.getTaskDefinitionKey())) {
			return;
		}
		Object stream = engineTasks.getVariable(task.getId(), Variables.STREAM);
		List<DocumentType> missing = requiredDocuments.missing(caseIdOf(task), task.getTaskDefinitionKey(),
				stream == null ? null : stream.toString());
		if (!missing.isEmpty()) {
			throw InvalidInputException.of("documents", "missing-documents",
					missing.stream().map(DocumentType::name).toList());
		}
	}

	private void claimFor(String taskId, String username) {
		try {
			engineTasks.claim(taskId, username);
		}
		catch (TaskAlreadyClaimedException taken) {
			throw new ConflictException("Someone else claimed the task meanwhile.");
		}
	}

	/**
	 * The task as it is once its case is held for this transaction: actions on one case take
	 * turns, so a withdrawal, completion or reassignment that came first has been seen (the
	 * task is gone: 409; its assignee changed: the timeline's "from" is the real one).
	 */
	private Task heldTask(String taskId, CurrentUser user) {
		Task task = visibleTask(taskId, user);
		// The case id from the history, which stays when a withdrawal ends the task meanwhile
		// (the task's own variables would be gone with it).
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		if (instance != null && instance.getBusinessKey() != null) {
			cases.holdForChange(UUID.fromString(instance.getBusinessKey()));
		}
		return visibleTask(taskId, user);
	}

	/** An open task the user may see; a finished one of a visible case is a conflict, else 404. */
	private Task visibleTask(String taskId, CurrentUser user) {
		Task task;
		TaskAccess access;
		try {
			task = openTasks.find(taskId);
			access = openTasks.access(task);
		}
		catch (NotFoundException missing) {
			throw finishedMeanwhile(taskId, user) ? new ConflictException("The task was completed meanwhile.") : missing;
		}
		if (!access.visibleTo(user)) {
			throw new NotFoundException("Task");
		}
		return task;
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

	private UUID caseIdOf(Task task) {
		return UUID.fromString((String) engineTasks.getVariable(task.getId(), Variables.CASE_ID));
	}

	private static Map<String, Object> mapOf(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				map.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return map;
	}

}
