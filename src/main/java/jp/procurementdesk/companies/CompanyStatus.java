package jp.procurementdesk.companies;

/** Whether a company's users may work with the desk (docs/contract.md, Companies). */
public enum CompanyStatus {

	/** Its users sign in and write. */
	ACTIVE,

	/**
	 * Suspended by a supervisor: its users are disabled in Keycloak and any write of theirs
	 * answers 403; the desk still reads its cases.
	 */
	SUSPENDED

}
