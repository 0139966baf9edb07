package jp.procurementdesk.companies;

/** Where a company's registration stands (docs/processes.md, company-registration). */
public enum RegistrationStatus {

	/** Sent; the contact has not opened the verification link yet. */
	EMAIL_UNVERIFIED,

	/** Verified; the supervisors' task {@code review-registration} is open. */
	AWAITING_REVIEW,

	/** A supervisor approved it: the company and its first user exist. */
	APPROVED,

	/** A supervisor rejected it; the contact got the note. */
	REJECTED

}
