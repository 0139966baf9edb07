package jp.procurementdesk.cases;

/**
 * What a timeline record says happened. The names are the {@code type} of
 * {@code GET /api/cases/{id}/timeline} and of the {@code case_timeline} table.
 */
public enum TimelineType {

	/** The company sent its inquiry. */
	CASE_OPENED,

	/** {@code from} and {@code to}: the case's status moved. */
	STATUS_CHANGED,

	ADVISOR_ASSIGNED,

	/** {@code pathways}: the approved plan's pathways began. */
	PATHWAYS_STARTED,

	/** {@code pathway}, {@code outcome} and for awards {@code contractValueUsd}. */
	PATHWAY_OUTCOME,

	CASE_CLOSED,

	CASE_WITHDRAWN,

	/** {@code kind} and, for a task's SLA, {@code taskKey}. */
	SLA_BREACH,

	TASK_CLAIMED,

	/** {@code taskKey}, {@code from} (unless it was unassigned) and {@code to}. */
	TASK_ASSIGNED,

	/** {@code taskKey}, {@code taskName} and the submitted {@code values}. */
	TASK_COMPLETED,

	DOCUMENT_ADDED,

	DOCUMENT_DOWNLOADED,

	/** {@code messageId}, {@code internal}; the body only for messages the company sees. */
	MESSAGE_POSTED,

	/** {@code consultationId} and the record's fields. */
	CONSULTATION_RECORDED,

	/** {@code consultationId} and each changed field with {@code old} and {@code new}. */
	CONSULTATION_EDITED

}
