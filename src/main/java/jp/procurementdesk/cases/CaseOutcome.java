package jp.procurementdesk.cases;

/** How a closed case ended. */
public enum CaseOutcome {

	COMPLETED, ANSWERED, NOT_ELIGIBLE, ABANDONED, WITHDRAWN

}
