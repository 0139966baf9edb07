package jp.procurementdesk.documents.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.RequiredDocuments;
import jp.procurementdesk.process.CaseTasks;
import jp.procurementdesk.process.CaseTasks.OpenTask;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The checklists of preparation tasks: what each requires, against the case's documents. */
@Service
@Transactional(readOnly = true)
class DocumentChecklists implements RequiredDocuments {

	private final DocumentRows rows;

	private final CaseTasks caseTasks;

	DocumentChecklists(DocumentRows rows, CaseTasks caseTasks) {
		this.rows = rows;
		this.caseTasks = caseTasks;
	}

	@Override
	public List<DocumentType> missing(UUID caseId, String taskKey, String stream) {
		Set<DocumentType> present = rows.present(caseId);
		return RequiredDocuments.required(taskKey, stream).stream().filter(type -> !present.contains(type)).toList();
	}

	@Override
	public List<Checklist> openChecklists(UUID caseId) {
		List<OpenTask> open = caseTasks.open(caseId, RequiredDocuments.TASK_KEYS);
		if (open.isEmpty()) {
			return List.of();
		}
		Set<DocumentType> present = rows.present(caseId);
		return open.stream().map(task -> checklist(task, present)).toList();
	}

	private static Checklist checklist(OpenTask task, Set<DocumentType> present) {
		List<Item> items = RequiredDocuments.required(task.taskKey(), task.stream())
			.stream()
			.map(type -> new Item(type, present.contains(type)))
			.toList();
		return new Checklist(task.taskId(), task.taskKey(), items);
	}

}
