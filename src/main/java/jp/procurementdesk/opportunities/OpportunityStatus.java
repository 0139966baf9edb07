package jp.procurementdesk.opportunities;

/** Only the desk sees drafts; the system closes a published opportunity when its deadline passes. */
public enum OpportunityStatus {

	DRAFT, PUBLISHED, CLOSED

}
