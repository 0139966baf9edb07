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

	/**
	 * Creates the company {@code companyId} and its first user, the registration's contact
	 * (a company-admin, who gets Keycloak's set-password mail). The Keycloak user is created
	 * last: when Keycloak cannot be reached nothing is created and the review stays open.
	 * @param decidedBy the supervisor who approved
	 * @throws jp.procurementdesk.shared.InvalidInputException (400 on {@code companyId}) when the id is taken
	 * @throws jp.procurementdesk.shared.ConflictException (409) when the registration is not awaiting review
	 * @throws jp.procurementdesk.shared.ServiceUnavailableException (503) when Keycloak cannot be reached
	 */
	void approve(UUID registrationId, String companyId, String decidedBy);

	/**
	 * Sends the contact the supervisor's {@code note}, in the contact's language; the
	 * registration stays for the record ({@code desk.registration.keep-rejected}), then goes.
	 * @param decidedBy the supervisor who rejected
	 */
	void reject(UUID registrationId, String note, String decidedBy);

	/** The review is overdue ({@code desk.sla.registration-review}): the supervisors hear of it. */
	void reviewOverdue(UUID registrationId);

}
