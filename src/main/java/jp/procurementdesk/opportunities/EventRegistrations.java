package jp.procurementdesk.opportunities;

import java.util.List;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;

/**
 * Registering for events (docs/opportunities.md, Events). An opportunity that is not a published
 * or closed {@link OpportunityKind#EVENT} does not exist here (404).
 */
public interface EventRegistrations {

	/**
	 * Registers the calling company user.
	 * @throws jp.procurementdesk.shared.ForbiddenException (403) for the desk
	 * @throws jp.procurementdesk.shared.ConflictException (409) when full, past the registration
	 * deadline, closed, or registered already
	 */
	EventSeats.Seats register(UUID opportunityId, CurrentUser user);

	/**
	 * Cancels the caller's registration, freeing the seat.
	 * @throws jp.procurementdesk.shared.NotFoundException (404) when the caller is not registered
	 * @throws jp.procurementdesk.shared.ConflictException (409) once the event started
	 */
	void cancel(UUID opportunityId, CurrentUser user);

	/**
	 * The desk records who attended: exactly these registered users (the others did not).
	 * @throws jp.procurementdesk.shared.InvalidInputException (400) naming each username that is not registered
	 * @throws jp.procurementdesk.shared.ConflictException (409) before the event starts
	 */
	void recordAttendance(UUID opportunityId, List<String> usernames, CurrentUser user);

	/**
	 * A registered company's user chooses the products of its register it shows at the event
	 * (replacing its earlier choice).
	 * @throws jp.procurementdesk.shared.InvalidInputException (400) naming each product not of the company's register
	 * @throws jp.procurementdesk.shared.ConflictException (409) when no user of the company is registered
	 */
	void showProducts(UUID opportunityId, List<UUID> productIds, CurrentUser user);

}
