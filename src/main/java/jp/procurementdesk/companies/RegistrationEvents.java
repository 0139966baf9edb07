package jp.procurementdesk.companies;

import java.util.UUID;

/**
 * What happens to a company's registration, for the modules that act on it: the process
 * module starts the review, notifications tells the supervisors. Published synchronously in
 * the transaction of the change.
 */
public final class RegistrationEvents {

	private RegistrationEvents() {
	}

	/**
	 * The contact opened the verification link: the registration awaits review (its process
	 * {@code company-registration} starts, business key = the registration id).
	 */
	public record RegistrationVerified(UUID registrationId) {
	}

	/**
	 * The review has waited longer than {@code desk.sla.registration-review}: every supervisor
	 * hears of it.
	 */
	public record RegistrationReviewOverdue(UUID registrationId, String companyName) {
	}

}
