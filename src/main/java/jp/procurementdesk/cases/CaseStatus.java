package jp.procurementdesk.cases;

public enum CaseStatus {

	TRIAGE, INFORMATION_REQUESTED, CONSULTATION, PLAN_APPROVAL, IN_SUPPORT, CLOSING, CLOSED

}
