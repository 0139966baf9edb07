package jp.procurementdesk.opportunities;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.calendar.CalendarEntry;
import jp.procurementdesk.calendar.CalendarSource;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.EventSeats.Registration;
import jp.procurementdesk.opportunities.EventSeats.Seats;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.PublishedEvents;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Registering for events through the API on real Keycloak and PostgreSQL: the capacity (also
 * under concurrent registrations), the registration deadline, cancelling, attendance for the
 * ministry report, the products a company shows and the catalogue, the calendar feed's entry,
 * and who may do what.
 */
@DeskIntegrationTest
class EventRegistrationsIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Opportunities opportunities;

	@Autowired
	EventSeats seats;

	@Autowired
	EventRegistrations registrations;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	List<CalendarSource> calendar;

	@Autowired
	PublishedEvents published;

	@Autowired
	MovableClock clock;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(http);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void twoSeatsTwoRegisterTheThirdIsRefusedUntilOneCancels() {
		UUID id = Events.publish(opportunities, clock, "Seminar on UNICEF tenders", 2).id();

		ResponseEntity<JsonNode> first = register(ACME, id);
		assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(first.getHeaders().getLocation()).hasPath("/api/opportunities/" + id);
		assertThat(first.getBody().path("registered").asBoolean()).isTrue();
		assertThat(first.getBody().path("seatsLeft").asInt()).isEqualTo(1);
		assertThat(register(ACME, id).getStatusCode()).as("registered already").isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<JsonNode> second = register(SAKURA, id);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getBody().path("seatsLeft").asInt()).isZero();
		assertThat(second.getBody().path("registrationOpen").asBoolean()).isFalse();

		ResponseEntity<JsonNode> third = register(ACME_SECOND, id);
		assertThat(third.getStatusCode()).as("full").isEqualTo(HttpStatus.CONFLICT);
		assertThat(third.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(third.getBody().path("detail").asText()).isEqualTo("The event is full.");

		assertThat(cancel(ACME, id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(cancel(ACME, id).getStatusCode()).as("not registered any more").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(seats.seats(id, Events.DESK).orElseThrow().seatsLeft()).as("the seat is free again").isEqualTo(1);
		assertThat(register(ACME_SECOND, id).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		Seats desk = seats.seats(id, Events.DESK).orElseThrow();
		assertThat(desk.registrations()).extracting(Registration::username).containsExactly(SAKURA, ACME_SECOND);
		Seats acme = seats.seats(id, Events.companyUser(ACME, ACME_COMPANY)).orElseThrow();
		assertThat(acme.registered()).isFalse();
		assertThat(acme.seatsLeft()).isZero();
		assertThat(acme.registrations()).as("a company sees its own company's registrations only")
			.extracting(Registration::username)
			.containsExactly(ACME_SECOND);
	}

	@Test
	void concurrentRegistrationsNeverExceedTheCapacity() throws Exception {
		for (int round = 0; round < 3; round++) {
			UUID id = Events.publish(opportunities, clock, "Exhibition, round " + round, 5).id();
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int user = 0; user < 16; user++) {
				CurrentUser caller = Events.companyUser("load." + round + "." + user, ACME_COMPANY);
				attempts.add(() -> {
					try {
						registrations.register(id, caller);
						return true;
					}
					catch (ConflictException full) {
						return false;
					}
				});
			}
			ExecutorService pool = Executors.newFixedThreadPool(8);
			int registered = 0;
			try {
				for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
					registered += attempt.get() ? 1 : 0;
				}
			}
			finally {
				pool.shutdown();
			}
			assertThat(registered).as("round %d", round).isEqualTo(5);
			Seats after = seats.seats(id, Events.DESK).orElseThrow();
			assertThat(after.taken()).isEqualTo(5);
			assertThat(after.seatsLeft()).isZero();
		}
	}

	/**
	 * Access tokens outlive no move of the application's clock by hours: the event is published
	 * and registered for two hours back, then the clock comes back to now, after its registration
	 * deadline and its start.
	 */
	@Test
	void registrationClosesAtItsDeadlineAndCancellingAtTheStart() {
		UUID id = pastEvent("Seminar on WHO prequalification", null);
		assertThat(register(ACME, id).getBody().path("seatsLeft").isNull()).as("no capacity: no limit").isTrue();

		clock.reset();
		ResponseEntity<JsonNode> late = register(SAKURA, id);
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().path("detail").asText()).isEqualTo("Registration for this event is closed.");
		assertThat(cancel(ACME, id).getStatusCode()).as("started").isEqualTo(HttpStatus.CONFLICT);
		assertThat(seats.seats(id, Events.DESK).orElseThrow().taken()).isEqualTo(1);
	}

	@Test
	void theDeskRecordsWhoAttendedOnceTheEventStarted() {
		UUID id = pastEvent("Seminar on the Compendium", 10);
		register(ACME, id);
		register(ACME_SECOND, id);
		register(SAKURA, id);
		assertThat(attendance(ADVISOR, id, List.of(ACME)).getStatusCode()).as("not started")
			.isEqualTo(HttpStatus.CONFLICT);

		clock.reset();
		assertThat(attendance(ACME, id, List.of(ACME)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> unknown = attendance(ADVISOR, id, List.of(ACME, "nobody.there", SAKURA, ADVISOR));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().path("errors").properties()).extracting(Map.Entry::getKey)
			.containsExactly("usernames[1]", "usernames[3]");
		assertThat(unknown.getBody().path("errors").path("usernames[1]").asText()).isEqualTo("is not registered for this event");
		assertThat(published.attendanceRecorded(id)).as("nothing recorded").isEmpty();

		assertThat(attendance(ADVISOR, id, List.of(ACME, SAKURA)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(attendance(SUPERVISOR, id, List.of(SAKURA)).getStatusCode()).as("corrected")
			.isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(seats.seats(id, Events.DESK).orElseThrow().registrations()).filteredOn(Registration::attended)
			.extracting(Registration::username)
			.containsExactly(SAKURA);
		List<AttendanceRecorded> recorded = published.attendanceRecorded(id);
		assertThat(recorded).hasSize(2);
		OffsetDateTime startsAt = opportunities.find(id).orElseThrow().startsAt();
		assertThat(recorded.get(1).heldOn()).isEqualTo(startsAt.atZoneSameInstant(clock.getZone()).toLocalDate());
		assertThat(recorded.get(1).attendees())
			.containsExactly(new AttendanceRecorded.Attendee(SAKURA, "sakura-diagnostics"));
	}

	@Test
	void aRegisteredCompanyChoosesProductsOfItsOwnRegisterForTheCatalogue() {
		UUID id = Events.publish(opportunities, clock, "Exhibition at UN City", 20).id();
		String ours = product(ACME, "Malaria RDT " + UUID.randomUUID(), "IVD", List.of("CE", "PMDA"));
		String theirs = product(SAKURA, "Dengue RDT " + UUID.randomUUID(), "IVD", List.of());
		ResponseEntity<JsonNode> opened = api.post(ACME, "/api/cases", Map.of("productId", ours, "pathways",
				List.of("WHO_PQ"), "targetAgencies", List.of("UNICEF"), "summary", "Prequalification of our RDT."));
		assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);

		assertThat(products(ACME, id, List.of(ours)).getStatusCode()).as("no one of acme registered")
			.isEqualTo(HttpStatus.CONFLICT);
		register(ACME_SECOND, id);
		ResponseEntity<JsonNode> foreign = products(ACME, id, List.of(ours, theirs));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreign.getBody().path("errors").properties()).extracting(Map.Entry::getKey)
			.containsExactly("productIds[1]");
		assertThat(products(ADVISOR, id, List.of(ours)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(products(ACME, id, List.of(ours)).getStatusCode()).as("any user of a registered company")
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(seats.seats(id, Events.companyUser(ACME_SECOND, ACME_COMPANY)).orElseThrow().productIds())
			.containsExactly(UUID.fromString(ours));

		EventCatalogue.Catalogue printed = catalogue.catalogue(id, Events.DESK);
		assertThat(printed.exhibitors()).hasSize(1);
		EventCatalogue.ExhibitorPage page = printed.exhibitors().get(0);
		assertThat(page.companyId()).isEqualTo(ACME_COMPANY);
		assertThat(page.products()).extracting(shown -> shown.product().id().toString()).containsExactly(ours);
		assertThat(page.products().get(0).product().approvals()).extracting(Enum::name).contains("CE", "PMDA");
		assertThat(page.products().get(0).standings()).as("its case on WHO PQ is under way")
			.containsExactly(Map.entry(Pathway.WHO_PQ, new EventCatalogue.Standing(null, true)));

		assertThat(cancel(ACME_SECOND, id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(catalogue.catalogue(id, Events.DESK).exhibitors()).as("no longer registered").isEmpty();
		register(ACME, id);
		assertThat(pathwaysOf(catalogue.catalogue(id, Events.DESK))).as("the choice went with the last registration")
			.isEmpty();
	}

	@Test
	void onlyPublishedEventsTakeRegistrationsAndOnlyCompaniesRegister() {
		OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
		UUID draft = opportunities.create(new OpportunityDraft(OpportunityKind.EVENT, "Draft seminar", "Soon.", null,
				Set.of(), List.of(), null, null, null, now.plusDays(3), null, null, 5), Events.DESK).id();
		UUID news = opportunities.publish(opportunities.create(new OpportunityDraft(OpportunityKind.NEWS,
				"UNICEF opens a Tokyo office", "News.", null, Set.of(), List.of(), null, null, null, null, null, null,
				null), Events.DESK).id(), Events.DESK).id();
		UUID event = Events.publish(opportunities, clock, "Seminar on UNDP tenders", 5).id();

		for (UUID none : List.of(draft, news, UUID.randomUUID())) {
			assertThat(register(ACME, none).getStatusCode()).as("%s", none).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(cancel(ACME, none).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(attendance(SUPERVISOR, none, List.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(products(ACME, none, List.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(seats.seats(news, Events.DESK)).isEmpty();
		for (String desk : List.of(ADVISOR, SUPERVISOR)) {
			assertThat(register(desk, event).getStatusCode()).as(desk).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(seats.seats(event, Events.DESK).orElseThrow().taken()).isZero();
		assertThat(api.post(ACME, "/api/opportunities/" + event + "/attendance", "{\"usernames\": [42}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anEventRegisteredForIsInTheUsersCalendarOnly() {
		OpportunityView event = Events.publish(opportunities, clock, "Exhibition in Copenhagen", 5);
		register(SAKURA, event.id());

		List<CalendarEntry> sakuras = entries(Events.companyUser(SAKURA, "sakura-diagnostics"));
		assertThat(sakuras).filteredOn(entry -> entry.uid().equals("event-" + event.id())).singleElement()
			.satisfies(entry -> {
				assertThat(entry.kind()).isEqualTo(CalendarEntry.Kind.EVENT);
				assertThat(entry.summary()).isEqualTo("Exhibition in Copenhagen");
				assertThat(entry.start()).isEqualTo(event.startsAt());
				assertThat(entry.end()).isEqualTo(event.endsAt());
				assertThat(entry.description()).startsWith("Tokyo Big Sight, Hall 3");
				assertThat(entry.path()).isEqualTo("/opportunities/" + event.id());
			});
		assertThat(entries(Events.companyUser(ACME, ACME_COMPANY)))
			.noneMatch(entry -> entry.uid().equals("event-" + event.id()));
		assertThat(entries(new CurrentUser(SUPERVISOR, "Sato", null, Set.of(DeskRole.SUPERVISOR), null)))
			.noneMatch(entry -> entry.uid().equals("event-" + event.id()));
	}

	/**
	 * An event whose registration closed an hour ago and which started half an hour ago, with the
	 * clock moved two hours back (before both).
	 */
	private UUID pastEvent(String title, Integer capacity) {
		OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
		clock.advance(Duration.ofHours(-2));
		return Events.publish(opportunities, title, capacity, now.minusHours(1), now.minusMinutes(30)).id();
	}

	private List<CalendarEntry> entries(CurrentUser user) {
		return calendar.stream().flatMap(source -> source.entries(user).stream()).toList();
	}

	private static List<Pathway> pathwaysOf(EventCatalogue.Catalogue catalogue) {
		return catalogue.exhibitors()
			.stream()
			.flatMap(page -> page.products().stream())
			.flatMap(shown -> shown.standings().keySet().stream())
			.toList();
	}

	private String product(String admin, String name, String category, List<String> approvals) {
		ResponseEntity<JsonNode> added = api.post(admin, "/api/company/products",
				Map.of("name", name, "category", category, "approvals", approvals));
		assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.CREATED);
		return added.getBody().path("id").asText();
	}

	private ResponseEntity<JsonNode> register(String user, UUID id) {
		return api.post(user, "/api/opportunities/" + id + "/registrations", null);
	}

	private ResponseEntity<JsonNode> cancel(String user, UUID id) {
		return http.exchange("/api/opportunities/" + id + "/registrations", HttpMethod.DELETE,
				new HttpEntity<>(api.headers(user)), JsonNode.class);
	}

	private ResponseEntity<JsonNode> attendance(String user, UUID id, List<String> usernames) {
		return api.post(user, "/api/opportunities/" + id + "/attendance", Map.of("usernames", usernames));
	}

	private ResponseEntity<JsonNode> products(String user, UUID id, List<String> productIds) {
		return http.exchange("/api/opportunities/" + id + "/registrations/products", HttpMethod.PUT,
				new HttpEntity<>(Map.of("productIds", productIds), api.headers(user)), JsonNode.class);
	}

}
