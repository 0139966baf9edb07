package jp.procurementdesk.cases;

/**
 * What a company asks for (docs/contract.md, Case): full support along pathways, or a
 * question the desk may answer at triage, with no pathway needed.
 */
public enum CaseKind {

	SUPPORT, QUESTION

}
