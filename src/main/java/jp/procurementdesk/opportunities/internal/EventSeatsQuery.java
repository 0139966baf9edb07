package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.EventSeats;
import jp.procurementdesk.opportunities.OpportunityView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seats left and registrations of an event, as the viewer may see them. */
@Component
@Transactional(readOnly = true)
class EventSeatsQuery implements EventSeats {

	private final Events events;

	private final EventRegistrationStore store;

	private final Clock clock;

	EventSeatsQuery(Events events, EventRegistrationStore store, Clock clock) {
		this.events = events;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Optional<Seats> seats(UUID opportunityId, CurrentUser viewer) {
		return events.find(opportunityId).map(event -> seatsOf(event, viewer));
	}

	private Seats seatsOf(OpportunityView event, CurrentUser viewer) {
		List<Registration> all = store.registrations(event.id());
		Integer left = event.capacity() == null ? null : Math.max(0, event.capacity() - all.size());
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean open = Events.registrationOpen(event, now) && (left == null || left > 0);
		boolean registered = all.stream().anyMatch(registration -> registration.username().equals(viewer.username()));
		List<Registration> visible = Events.isDesk(viewer) ? all
				: all.stream().filter(registration -> registration.companyId().equals(viewer.companyId())).toList();
		List<UUID> products = Events.isDesk(viewer) || viewer.companyId() == null ? List.of()
				: store.products(event.id(), viewer.companyId());
		return new Seats(registered, left, all.size(), open, Events.started(event, now), visible, products);
	}

}
