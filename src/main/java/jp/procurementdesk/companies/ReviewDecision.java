package jp.procurementdesk.companies;

/** The supervisor's {@code decision} in the task {@code review-registration}. */
public enum ReviewDecision {

	/** The company is created with the {@code companyId} the supervisor gives. */
	APPROVE,

	/** The contact is sent the supervisor's {@code note}. */
	REJECT

}
