package jp.procurementdesk.opportunities.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The events registrations are about (docs/opportunities.md, Events): a published or closed
 * opportunity of kind EVENT. A draft, another kind or an unknown id is no event (404).
 */
@Component
class Events {

	private final Opportunities opportunities;

	Events(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	Optional<OpportunityView> find(UUID opportunityId) {
		return opportunities.find(opportunityId)
			.filter(opportunity -> opportunity.kind() == OpportunityKind.EVENT)
			.filter(opportunity -> opportunity.status() != OpportunityStatus.DRAFT);
	}

	OpportunityView event(UUID opportunityId) {
		return find(opportunityId).orElseThrow(() -> new NotFoundException("No such event"));
	}

	/**
	 * Whether registration is open: a published event before its registration deadline, or
	 * before it starts if it has none.
	 */
	static boolean registrationOpen(OpportunityView event, OffsetDateTime now) {
		OffsetDateTime closes = event.deadline() != null ? event.deadline() : event.startsAt();
		return event.status() == OpportunityStatus.PUBLISHED && (closes == null || now.isBefore(closes));
	}

	static boolean started(OpportunityView event, OffsetDateTime now) {
		return event.startsAt() != null && !now.isBefore(event.startsAt());
	}

	/** The caller's company; 403 for the desk. */
	static String companyOf(CurrentUser user) {
		if (user.primaryRole() != DeskRole.COMPANY || user.companyId() == null) {
			throw new ForbiddenException("Only company users register for events and choose the products they show.");
		}
		return user.companyId();
	}

	static void requireDesk(CurrentUser user) {
		if (user.primaryRole() == DeskRole.COMPANY) {
			throw new ForbiddenException("Only the desk records attendance.");
		}
	}

	static boolean isDesk(CurrentUser user) {
		return user.primaryRole() != DeskRole.COMPANY;
	}

}
