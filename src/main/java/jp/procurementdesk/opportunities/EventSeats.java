package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The seats of an event and who took them (docs/opportunities.md, Events), as the opportunity's
 * answer and page show them. No visibility check of the opportunity itself: callers show it
 * first. The registrations are the viewer's to see: the desk sees all, a company user those of
 * their own company.
 */
public interface EventSeats {

	/** Empty when there is no such opportunity or it is not an {@link OpportunityKind#EVENT}. */
	Optional<Seats> seats(UUID opportunityId, CurrentUser viewer);

	/**
	 * @param registered whether the viewer is registered
	 * @param seatsLeft null when the event has no capacity (no limit)
	 * @param taken every registration, whoever made it
	 * @param registrationOpen whether a company user could register now (published, before the
	 * registration deadline, seats left)
	 * @param productIds the products the viewer's company shows at the event, in its order
	 */
	record Seats(boolean registered, Integer seatsLeft, int taken, boolean registrationOpen, boolean started,
			List<Registration> registrations, List<UUID> productIds) {
	}

	record Registration(String username, String companyId, OffsetDateTime registeredAt, boolean attended) {
	}

}
