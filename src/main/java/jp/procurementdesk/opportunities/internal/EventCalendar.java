package jp.procurementdesk.opportunities.internal;

import java.util.List;
import java.util.Optional;

import jp.procurementdesk.calendar.CalendarEntry;
import jp.procurementdesk.calendar.CalendarSource;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.OpportunityView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events a user registered for, in their calendar feed (docs/opportunities.md, Events): from
 * the start to the end, the venue and summary as the description. An event without a start date
 * has no place in a calendar.
 */
@Component
@Transactional(readOnly = true)
class EventCalendar implements CalendarSource {

	private final Events events;

	private final EventRegistrationStore store;

	EventCalendar(Events events, EventRegistrationStore store) {
		this.events = events;
		this.store = store;
	}

	@Override
	public List<CalendarEntry> entries(CurrentUser user) {
		return store.eventsOf(user.username())
			.stream()
			.map(events::find)
			.flatMap(Optional::stream)
			.filter(event -> event.startsAt() != null)
			.map(EventCalendar::entry)
			.toList();
	}

	private static CalendarEntry entry(OpportunityView event) {
		String description = event.venue() == null ? event.summary() : event.venue() + "\n\n" + event.summary();
		return new CalendarEntry("event-" + event.id(), CalendarEntry.Kind.EVENT, event.title(), description,
				event.startsAt(), event.endsAt(),
				"/opportunities/" + event.id());
	}

}
