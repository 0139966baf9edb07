package jp.procurementdesk.tasks.internal;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code compendium-eligibility}: medicines and vaccines are outside the Compendium's scope (docs/domain.md). */
@Component
@Order(1)
class CompendiumScopeCheck implements CompletionCheck {

	private final TaskService engineTasks;

	CompendiumScopeCheck(TaskService engineTasks) {
		this.engineTasks = engineTasks;
	}

	@Override
	public void check(Task task, FormSubmission submission) {
		if (!Tasks.COMPENDIUM_ELIGIBILITY.equals(task.getTaskDefinitionKey())
				|| !Boolean.TRUE.equals(submission.variables().get(Variables.IN_SCOPE))) {
			return;
		}
		Object category = engineTasks.getVariable(task.getId(), Variables.PRODUCT_CATEGORY);
		if (ProductCategory.MEDICINE.name().equals(category) || ProductCategory.VACCINE.name().equals(category)) {
			throw InvalidInputException.of(Variables.IN_SCOPE, "compendium-scope");
		}
	}

}
