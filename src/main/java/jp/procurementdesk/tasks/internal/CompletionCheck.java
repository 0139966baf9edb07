package jp.procurementdesk.tasks.internal;

import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.task.Task;

/**
 * What a completion must satisfy beyond its form, for the tasks it concerns: each check
 * looks at the task key first and lets every other task pass.
 */
interface CompletionCheck {

	/** @throws InvalidInputException when the completion is refused (400) */
	void check(Task task, FormSubmission submission);

}
