package jp.procurementdesk.web;

import java.util.List;
import java.util.UUID;

import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.EventSeats;
import jp.procurementdesk.opportunities.EventSeats.Seats;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the event part of an opportunity's page shows (templates/opportunities/event-part.html):
 * seats, the viewer's registration, the products their company shows, and for the desk the
 * registrations with the attendance form. A draft is the desk's only; anything but an event is
 * no page (404).
 */
@Component
class EventPart {

	static final String VIEW = "opportunities/event-part :: part";

	private final Opportunities opportunities;

	private final EventSeats seats;

	private final Products products;

	EventPart(Opportunities opportunities, EventSeats seats, Products products) {
		this.opportunities = opportunities;
		this.seats = seats;
		this.products = products;
	}

	/** The event, 404 unless the viewer may see it. */
	OpportunityView event(UUID id, CurrentUser user) {
		return opportunities.find(id)
			.filter(opportunity -> opportunity.kind() == OpportunityKind.EVENT)
			.filter(opportunity -> opportunity.status() != OpportunityStatus.DRAFT || isDesk(user))
			.orElseThrow(() -> new NotFoundException("No such event"));
	}

	/** Fills the model of the part; returns its view. */
	String show(UUID id, CurrentUser user, Model model) {
		OpportunityView event = event(id, user);
		Seats current = seats.seats(id, user).orElse(null);
		model.addAttribute("event", event);
		model.addAttribute("seats", current);
		model.addAttribute("desk", isDesk(user));
		boolean companyRegistered = current != null && !isDesk(user) && !current.registrations().isEmpty();
		model.addAttribute("companyRegistered", companyRegistered);
		List<Product> register = companyRegistered ? products.list(user) : List.of();
		model.addAttribute("register", register);
		return VIEW;
	}

	static boolean isDesk(CurrentUser user) {
		return user.primaryRole() != DeskRole.COMPANY;
	}

}
