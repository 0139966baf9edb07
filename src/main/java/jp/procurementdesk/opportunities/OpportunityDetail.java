package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/**
 * An opportunity as {@code GET /api/opportunities/{id}} answers it: its fields, plus what depends
 * on the viewer.
 *
 * @param matchedCompanies for the desk only (absent for a company): the active companies it matches now
 * @param registered for an event: whether the caller registered for it (absent for other kinds)
 * @param seatsLeft for an event with a capacity: the seats not taken (absent otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpportunityDetail(UUID id, OpportunityKind kind, OpportunityStatus status, String title, String summary,
		TargetAgency agency, Set<ProductCategory> productCategories, List<String> unspscCodes, String noticeId,
		String url, OffsetDateTime deadline, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue,
		Integer capacity, String createdBy, OffsetDateTime createdAt, OffsetDateTime publishedAt,
		OffsetDateTime closedAt,
		Set<String> matchedCompanies, Boolean registered, Integer seatsLeft,
		@JsonIgnore long version) {

	public static OpportunityDetail of(OpportunityView view, Set<String> matchedCompanies,
			Optional<EventSeats.Seats> seats) {
		return new OpportunityDetail(view.id(), view.kind(), view.status(), view.title(), view.summary(), view.agency(),
				view.productCategories(), view.unspscCodes(), view.noticeId(), view.url(), view.deadline(),
				view.startsAt(), view.endsAt(), view.venue(), view.capacity(), view.createdBy(), view.createdAt(),
				view.publishedAt(), view.closedAt(), matchedCompanies,
				seats.map(EventSeats.Seats::registered).orElse(null), seats.map(EventSeats.Seats::seatsLeft).orElse(null),
				view.version());
	}

}
