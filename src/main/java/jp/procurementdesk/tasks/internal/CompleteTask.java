package jp.procurementdesk.tasks.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.process.EngineUser;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormField;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task with the values of its form: 409 when someone else holds it, 403 when
 * the user's role does not act on it, 400 with field errors for values the form or one of
 * the {@link CompletionCheck}s refuses; then one engine call.
 */
@Service
@Transactional
class CompleteTask {

	private final TaskLookup lookup;

	private final List<CompletionCheck> checks;

	private final TaskService engineTasks;

	private final EngineUser engineUser;

	private final UserDirectory directory;

	private final TaskTimeline timeline;

	private final Clock clock;

	private final ClosedCaseRule closedCases;

	CompleteTask(TaskLookup lookup, List<CompletionCheck> checks, TaskService engineTasks, EngineUser engineUser,
			UserDirectory directory, TaskTimeline timeline, Clock clock, ClosedCaseRule closedCases) {
		this.closedCases = closedCases;
		this.lookup = lookup;
		this.checks = checks;
		this.engineTasks = engineTasks;
		this.engineUser = engineUser;
		this.directory = directory;
		this.timeline = timeline;
		this.clock = clock;
	}

	void complete(String taskId, Map<String, Object> values, CurrentUser user) {
		Task task = lookup.held(taskId, user);
		TaskAccess access = lookup.access(task);
		if (access.takenByOther(user)) {
			throw TaskConflicts.assignedTo(task);
		}
		if (!access.actionableBy(user)) {
			throw new ForbiddenException("Your role does not act on this task.");
		}
		closedCases.check(task, user);
		List<FormField> form = FormDefinitions.of(task.getTaskDefinitionKey())
			.orElseThrow(() -> new ForbiddenException("This task is not done through the desk."));
		FormSubmission submission = FormSubmission.validate(form, values, new FormSubmission.Context(
				OffsetDateTime.now(clock), clock.getZone(), username -> directory.hasRole(username, DeskRole.ADVISOR)));
		for (CompletionCheck check : checks) {
			check.check(task, submission);
		}
		timeline.completed(task, user.username(), submission.values());
		engineUser.runAs(user, () -> {
			// Claimed first, so that the history shows who did it (company tasks too).
			if (task.getAssignee() == null) {
				TaskConflicts.claim(engineTasks, task.getId(), user.username());
			}
			try {
				engineTasks.complete(task.getId(), submission.variables());
			}
			catch (NullValueException gone) {
				throw TaskConflicts.completedMeanwhile();
			}
		});
	}

}
