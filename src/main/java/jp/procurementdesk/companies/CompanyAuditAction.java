package jp.procurementdesk.companies;

/** What happened to a company or its users, as its audit trail records it. */
public enum CompanyAuditAction {

	/** An approved registration created the company and its first user. */
	CREATED,

	/** The company-admin changed the profile or interests (details: old and new values). */
	PROFILE_CHANGED,

	/** A colleague was invited (details: username). */
	USER_INVITED,

	/** A colleague was disabled (details: username). */
	USER_DISABLED,

	/** A product was added to, changed in or removed from the register (details: product). */
	PRODUCT_ADDED, PRODUCT_CHANGED, PRODUCT_REMOVED,

	/** A supervisor suspended the company (details: reason). */
	SUSPENDED,

	/** A supervisor reactivated the company (details: reason). */
	REACTIVATED

}
