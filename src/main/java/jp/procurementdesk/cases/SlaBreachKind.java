package jp.procurementdesk.cases;

public enum SlaBreachKind {

	TRIAGE_OVERDUE, ADVISOR_TASK_OVERDUE, WHO_TARGET_EXCEEDED

}
