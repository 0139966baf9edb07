package jp.procurementdesk.tasks.internal;

import java.util.List;

import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.RequiredDocuments;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The preparation tasks need their documents first (docs/contract.md, Documents): 400 listing the missing types. */
@Component
@Order(2)
class RequiredDocumentsCheck implements CompletionCheck {

	private final RequiredDocuments requiredDocuments;

	private final TaskService engineTasks;

	private final TaskLookup lookup;

	RequiredDocumentsCheck(RequiredDocuments requiredDocuments, TaskService engineTasks, TaskLookup lookup) {
		this.requiredDocuments = requiredDocuments;
		this.engineTasks = engineTasks;
		this.lookup = lookup;
	}

	@Override
	public void check(Task task, FormSubmission submission) {
		if (!RequiredDocuments.TASK_KEYS.contains(task.getTaskDefinitionKey())) {
			return;
		}
		Object stream = engineTasks.getVariable(task.getId(), Variables.STREAM);
		List<DocumentType> missing = requiredDocuments.missing(lookup.caseIdOf(task), task.getTaskDefinitionKey(),
				stream == null ? null : stream.toString());
		if (!missing.isEmpty()) {
			throw InvalidInputException.of("documents", "missing-documents",
					missing.stream().map(DocumentType::name).toList());
		}
	}

}
