package jp.procurementdesk.companies;

import java.util.UUID;

/**
 * What the process {@code company-registration} asks of this module once a supervisor has
 * decided, or when the review waits too long (docs/processes.md, company-registration).
 * Each call is one transaction with the engine's step: if it fails, the step is retried.
 */
public interface RegistrationReview {

	/** A new company's id: 3 to 40 lower-case letters, digits and hyphens. */
	String COMPANY_ID_PATTERN = "[a-z0-9-]{3,40}";

	/** Creates the company {@code companyId} and its first user, the registration's contact. */
	void approve(UUID registrationId, String companyId);

	/** Sends the contact the supervisor's {@code note}; the registration stays for the record. */
	void reject(UUID registrationId, String note);

	/** The review is overdue ({@code desk.sla.registration-review}): the supervisors hear of it. */
	void reviewOverdue(UUID registrationId);

}
