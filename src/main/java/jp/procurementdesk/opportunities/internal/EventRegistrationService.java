package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.AttendanceRecorded;
import jp.procurementdesk.opportunities.AttendanceRecorded.Attendee;
import jp.procurementdesk.opportunities.EventRefusedException;
import jp.procurementdesk.opportunities.EventRefusedException.Reason;
import jp.procurementdesk.opportunities.EventRegistrations;
import jp.procurementdesk.opportunities.EventSeats;
import jp.procurementdesk.opportunities.EventSeats.Registration;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations, attendance and the products shown (docs/opportunities.md, Events). Every
 * change holds the event's row first, so that registrations of one event take turns: the
 * capacity is never exceeded, whatever the number of nodes.
 */
@Service
@Transactional
class EventRegistrationService implements EventRegistrations {

	static final int MAX_PRODUCTS = 50;

	private final Events events;

	private final EventRegistrationStore store;

	private final EventSeats seats;

	private final Products products;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventRegistrationService(Events events, EventRegistrationStore store, EventSeats seats, Products products,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.store = store;
		this.seats = seats;
		this.products = products;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Override
	public EventSeats.Seats register(UUID opportunityId, CurrentUser user) {
		OpportunityView event = events.event(opportunityId);
		String companyId = Events.companyOf(user);
		store.hold(opportunityId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!Events.registrationOpen(event, now)) {
			throw new EventRefusedException(Reason.CLOSED, "Registration for this event is closed.");
		}
		if (store.registered(opportunityId, user.username())) {
			throw new EventRefusedException(Reason.REGISTERED, "You are registered for this event already.");
		}
		if (event.capacity() != null && store.count(opportunityId) >= event.capacity()) {
			throw new EventRefusedException(Reason.FULL, "The event is full.");
		}
		store.insert(opportunityId, user.username(), companyId, now);
		return seats.seats(opportunityId, user).orElseThrow();
	}

	@Override
	public void cancel(UUID opportunityId, CurrentUser user) {
		OpportunityView event = events.event(opportunityId);
		String companyId = Events.companyOf(user);
		store.hold(opportunityId);
		if (!store.registered(opportunityId, user.username())) {
			throw new NotFoundException("You are not registered for this event.");
		}
		if (Events.started(event, OffsetDateTime.now(clock))) {
			throw new EventRefusedException(Reason.STARTED,
					"The event has started; a registration is no longer cancelled.");
		}
		store.delete(opportunityId, user.username());
		if (!store.companyRegistered(opportunityId, companyId)) {
			store.replaceProducts(opportunityId, companyId, List.of());
		}
	}

	@Override
	public void recordAttendance(UUID opportunityId, List<String> usernames, CurrentUser user) {
		OpportunityView event = events.event(opportunityId);
		Events.requireDesk(user);
		store.hold(opportunityId);
		if (!Events.started(event, OffsetDateTime.now(clock))) {
			throw new EventRefusedException(Reason.NOT_STARTED, "Attendance is recorded once the event has started.");
		}
		if (usernames == null) {
			throw InvalidInputException.of("usernames", "required");
		}
		List<String> given = usernames;
		Map<String, String> companies = store.registrations(opportunityId)
			.stream()
			.collect(Collectors.toMap(Registration::username, Registration::companyId));
		Map<String, Problem> problems = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			if (given.get(i) == null || !companies.containsKey(given.get(i))) {
				problems.put("usernames[" + i + "]", new Problem("event-not-registered"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<String> attendees = List.copyOf(new LinkedHashSet<>(given));
		store.attended(opportunityId, attendees);
		publisher.publishEvent(new AttendanceRecorded(opportunityId, event.title(),
				event.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
				attendees.stream().map(username -> new Attendee(username, companies.get(username))).toList()));
	}

	@Override
	public void showProducts(UUID opportunityId, List<UUID> productIds, CurrentUser user) {
		events.event(opportunityId);
		String companyId = Events.companyOf(user);
		if (productIds == null) {
			throw InvalidInputException.of("productIds", "required");
		}
		List<UUID> given = productIds;
		if (given.size() > MAX_PRODUCTS) {
			throw InvalidInputException.of("productIds", "company-too-many", MAX_PRODUCTS);
		}
		Set<UUID> register = products.list(user).stream().map(Product::id).collect(Collectors.toSet());
		Map<String, Problem> problems = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			if (given.get(i) == null || !register.contains(given.get(i))) {
				problems.put("productIds[" + i + "]", new Problem("event-not-own-product"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.hold(opportunityId);
		if (!store.companyRegistered(opportunityId, companyId)) {
			throw new EventRefusedException(Reason.NOT_REGISTERED,
					"No one of your company is registered for this event.");
		}
		store.replaceProducts(opportunityId, companyId, new ArrayList<>(new LinkedHashSet<>(given)));
	}

}
