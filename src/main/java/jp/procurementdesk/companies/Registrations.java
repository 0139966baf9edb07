package jp.procurementdesk.companies;

import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

/**
 * A company's registration from the public page or the API to the supervisors' review
 * (docs/companies.md, Registration). Registering and verifying need no sign-in; reading
 * registrations is for supervisors (403 for anyone else).
 */
public interface Registrations {

	/**
	 * Checks the request (400 naming each field), counts it against the client address's
	 * hourly allowance (429 past it) and mails the contact a verification link in their
	 * language; when the address already belongs to a user or to a registration under review,
	 * a mail that says so instead. The answer is the same either way.
	 *
	 * @param locale the page's or the request's language: Japanese, else English
	 * @param clientAddress the client's address as the trusted proxy reports it
	 * @throws jp.procurementdesk.shared.InvalidInputException (400) for invalid fields
	 * @throws jp.procurementdesk.shared.TooManyRequestsException (429) past the hourly allowance
	 */
	RegistrationReceipt register(RegistrationRequest request, Locale locale, String clientAddress);

	/**
	 * The verification link's token: the registration awaits review and its review starts.
	 * @throws jp.procurementdesk.shared.NotFoundException (404) for a token that is unknown,
	 * was used already or has expired: the three are not told apart
	 */
	RegistrationReceipt verify(String token);

	/** Registrations awaiting review, oldest (verified first) first, with their duplicates. */
	Page<RegistrationView> awaitingReview(int page, int size, CurrentUser viewer);

	/** How many registrations await review (the supervisors' home page). */
	long awaitingReviewCount(CurrentUser viewer);

	/** One registration with its duplicates; 404 when there is none (or no longer: deleted). */
	RegistrationView get(UUID registrationId, CurrentUser viewer);

}
