package jp.procurementdesk.tasks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.tasks.forms.FormField;

/** An open task as docs/contract.md (REST API) describes it. */
public record TaskView(String id, String key, String name, UUID caseId, String caseReference, String companyName,
		String assignee, List<String> candidateGroups, OffsetDateTime created, OffsetDateTime due, boolean overdue,
		List<FormField> fields, boolean actionable) {

}
