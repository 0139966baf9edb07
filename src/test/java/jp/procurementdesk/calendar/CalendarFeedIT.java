package jp.procurementdesk.calendar;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.FullJourney;
import jp.procurementdesk.support.RealmAdmin;
import jp.procurementdesk.support.Tokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The private calendar feed as a calendar application fetches it (no session, no token) and
 * parses it (ical4j): per role, its tasks' due dates and its cases' bid deadlines, nothing of
 * another company; rotation, unknown tokens and disabled users answer 404.
 */
@DeskIntegrationTest
class CalendarFeedIT {

	private static final HttpClient CALENDAR_APP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Autowired
	TestRestTemplate http;

	@Autowired
	CompanyAccounts accounts;

	@LocalServerPort
	int port;

	@Test
	void eachRoleSeesItsDueTasksAndTheBidDeadlinesOfTheCasesItSees() throws Exception {
		Api api = new Api(http);
		FullJourney journey = new FullJourney(api);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
		journey.accept(caseId, "UN_PROCUREMENT");
		api.complete(ACME, caseId, "ungm-registration", Map.of("ungmVendorId", "UNGM-889911", "ungmLevel", "LEVEL_1"));
		api.complete(ADVISOR, caseId, "verify-registration", Map.of("result", "VERIFIED"));
		String identifyTender = api.taskId(ADVISOR, caseId, "identify-tender");

		// The advisor's own task with its due date; another advisor does not have it.
		assertThat(uids(ADVISOR)).contains("task-" + identifyTender + "@procurement-desk");
		assertThat(uids(OTHER_ADVISOR)).doesNotContain("task-" + identifyTender + "@procurement-desk");

		OffsetDateTime deadline = OffsetDateTime.now().plusDays(20).truncatedTo(ChronoUnit.SECONDS);
		api.complete(ADVISOR, caseId, "identify-tender", FullJourney.tender(deadline));
		api.complete(SUPERVISOR, caseId, "go-no-go", Map.of("decision", "GO"));
		String prepareBid = api.taskId(ACME, caseId, "prepare-bid");
		String bidUid = "bid-deadline-" + caseId + "@procurement-desk";

		Calendar acme = feed(ACME);
		VEvent bid = event(acme, bidUid).orElseThrow();
		assertThat(Instant.from(bid.getDateTimeStart().getDate())).isEqualTo(deadline.toInstant());
		assertThat(bid.getSummary().getValue()).contains("Malaria rapid diagnostic tests, LTA");
		assertThat(bid.getDescription().getValue()).contains("UNICEF", "RFP-DAN-2026-503");
		assertThat(bid.getUrl().getValue()).endsWith("/cases/" + caseId);
		assertThat(bid.getProperty(Property.CATEGORIES).orElseThrow().getValue()).isEqualTo("Bid deadline");
		VEvent task = event(acme, "task-" + prepareBid + "@procurement-desk").orElseThrow();
		assertThat(task.getProperty(Property.CATEGORIES).orElseThrow().getValue()).isEqualTo("Task due");
		assertThat(task.getSummary().getValue()).contains("Prepare bid");

		// The assigned advisor and the supervisor see the deadline, not the company's task.
		assertThat(uids(ADVISOR)).contains(bidUid).doesNotContain("task-" + prepareBid + "@procurement-desk");
		assertThat(uids(SUPERVISOR)).contains(bidUid).doesNotContain("task-" + prepareBid + "@procurement-desk");
		assertThat(uids(OTHER_ADVISOR)).doesNotContain(bidUid);

		// Another company sees nothing of it, in its own language.
		Calendar sakura = feed(SAKURA);
		assertThat(uids(sakura)).doesNotContain(bidUid, "task-" + prepareBid + "@procurement-desk");
		assertThat(sakura.getProperty("X-WR-CALNAME").orElseThrow().getValue()).startsWith("国際調達支援デスク");
		assertThat(sakura.toString()).doesNotContain(caseId.toString(), "RFP-DAN-2026-503");
	}

	@Test
	void theLinkStaysUntilRotatedAndTheOldUrlThenAnswers404() throws Exception {
		URI first = link(ACME);
		assertThat(first.getPath()).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(first.getScheme()).isEqualTo("http");
		assertThat(link(ACME)).isEqualTo(first);
		HttpResponse<String> ok = fetch(first);
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type.toLowerCase(Locale.ROOT)).startsWith("text/calendar").contains("charset=utf-8"));
		assertThat(ok.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cache -> assertThat(cache).contains("no-store"));

		ResponseEntity<JsonNode> rotated = exchange(HttpMethod.POST, "/api/calendar/link/rotate", ACME);
		assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
		URI second = URI.create(rotated.getBody().path("url").asText());

		assertThat(second).isNotEqualTo(first);
		assertThat(fetch(first).statusCode()).isEqualTo(404);
		assertThat(fetch(second).statusCode()).isEqualTo(200);
		assertThat(link(ACME)).isEqualTo(second);
	}

	@Test
	void anUnknownOrMalformedTokenAnswers404AndRevealsNothing() throws Exception {
		for (String path : List.of("/calendar/" + "A".repeat(43) + ".ics", "/calendar/abc.ics")) {
			HttpResponse<String> answer = fetch(URI.create("http://localhost:" + port + path));
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).doesNotContain("BEGIN:VCALENDAR", "acme", "Exception");
		}
		assertThat(exchange(HttpMethod.GET, "/api/calendar/link", null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aDisabledUsersFeedAnswers404() throws Exception {
		String company = "t-" + UUID.randomUUID().toString().substring(0, 8);
		String user = "leaver@" + company + ".example.com";
		accounts.create(company, user, "Test leaver", Locale.ENGLISH, false);
		RealmAdmin.setPassword(user);
		URI url = URI.create(exchange(HttpMethod.GET, "/api/calendar/link", Tokens.accessToken(user), true).getBody()
			.path("url")
			.asText());
		assertThat(fetch(url).statusCode()).isEqualTo(200);

		accounts.disable(company, user);

		HttpResponse<String> refused = fetch(url);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("BEGIN:VCALENDAR", "disabled");
	}

	private List<String> uids(String user) throws Exception {
		return uids(feed(user));
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.map(event -> event.getUid().orElseThrow().getValue())
			.toList();
	}

	private static Optional<VEvent> event(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> uid.equals(event.getUid().orElseThrow().getValue()))
			.findFirst();
	}

	private Calendar feed(String user) throws Exception {
		HttpResponse<String> answer = fetch(link(user));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return new CalendarBuilder().build(new StringReader(answer.body()));
	}

	private URI link(String user) {
		ResponseEntity<JsonNode> answer = exchange(HttpMethod.GET, "/api/calendar/link", user);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return URI.create(answer.getBody().path("url").asText());
	}

	/** As a calendar application: no cookie, no Authorization header. */
	private static HttpResponse<String> fetch(URI url) throws Exception {
		return CALENDAR_APP.send(HttpRequest.newBuilder(url).header("Accept", "text/calendar, */*").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String user) {
		return exchange(method, path, user == null ? null : Tokens.accessToken(user), true);
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String token, boolean bearer) {
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.setBearerAuth(token);
		}
		return http.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
	}

}
