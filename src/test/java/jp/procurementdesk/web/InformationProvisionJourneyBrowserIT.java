package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.FullJourney;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Information provision from end to end, as its users live it: an advisor publishes a UNICEF
 * tender for IVDs on the opportunity pages; the matching company's user (Sakura Diagnostics) has
 * it behind the bell and in "matching my company", the other company's user (Acme, medical
 * devices) has neither; Sakura opens a case from the notice; the advisor finds the case's
 * {@code identify-tender} filled in from the notice and confirms it; the bid deadline is then in
 * the Sakura user's calendar feed, fetched without any credential and parsed back with ical4j.
 * Last, an event of two seats: two users register, the third is refused (409) and sees it full.
 */
class InformationProvisionJourneyBrowserIT extends BrowserTest {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	TestRestTemplate http;

	@Test
	void aTenderReachesTheCompanyItConcernsAndEndsInItsCalendar() throws Exception {
		Api api = new Api(http);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String title = "UNICEF LTA for HIV rapid tests " + marker;
		LocalDateTime deadline = LocalDateTime.now(TOKYO).plusDays(25).truncatedTo(ChronoUnit.DAYS).withHour(17);

		Page desk = browser.newPage("en-GB", 1280, true);
		desk.navigate(url("/opportunities"));
		Browser.signIn(desk, ADVISOR);
		desk.getByTestId("opportunity-new").click();
		Locator form = desk.getByTestId("opportunity-form");
		form.getByTestId("opportunity-kind-select").selectOption("UN_TENDER");
		form.getByTestId("opportunity-title-input").fill(title);
		form.getByTestId("opportunity-summary-input").fill("Long-term agreement for HIV 1/2 rapid diagnostic tests.");
		form.getByTestId("opportunity-agency").selectOption("UNICEF");
		form.getByTestId("opportunity-notice-id-input").fill("LRFP-" + marker);
		form.getByTestId("opportunity-deadline-input").fill(deadline.toString());
		form.locator("input[name=productCategories][value=IVD]").check();
		form.getByTestId("opportunity-save").click();
		Browser.screenshot(desk, "journey-17-00-advisor-saved");
		assertThat(desk.getByTestId("opportunity-status")).hasText("Draft");
		assertThat(desk.getByTestId("opportunity-matched")).containsText("sakura-diagnostics");
		assertThat(desk.getByTestId("opportunity-matched")).not().containsText("acme-medical");
		desk.getByTestId("opportunity-publish").click();
		assertThat(desk.getByTestId("opportunity-status")).hasText("Open");
		UUID opportunityId = lastSegment(desk.url());
		Browser.screenshot(desk, "journey-17-01-advisor-published");

		Page sakura = browser.newPage("en-GB", 1280, true);
		sakura.navigate(url("/"));
		Browser.signIn(sakura, SAKURA);
		assertThat(sakura.getByTestId("notification-count")).isVisible();
		sakura.getByTestId("nav-notifications").click();
		assertThat(sakura.getByTestId("notification-list")).containsText(title);
		Browser.screenshot(sakura, "journey-17-02-company-bell");
		sakura.navigate(url("/opportunities?matching=true&q=" + marker));
		assertThat(sakura.getByTestId("opportunity-row")).hasCount(1);

		Assertions.assertThat(api.get(ACME, "/api/notifications?size=100").getBody().path("items").toString())
			.as("the other company hears nothing of it").doesNotContain(marker);
		Page acme = browser.newPage("en-GB", 1280, true);
		acme.navigate(url("/opportunities?matching=true&q=" + marker));
		Browser.signIn(acme, ACME);
		assertThat(acme.getByTestId("opportunity-none")).isVisible();

		sakura.getByTestId("opportunity-row").locator("a").first().click();
		assertThat(sakura.getByTestId("opportunity-title")).hasText(title);
		Locator openCase = sakura.getByTestId("open-case-form");
		openCase.locator("#oc-productName").fill("Sakura HIV 1/2 rapid test");
		openCase.locator("#oc-productCategory").selectOption("IVD");
		openCase.locator("#oc-summary").fill("We would like to bid for this tender.");
		Browser.screenshot(sakura, "journey-17-03-open-case-from-notice");
		openCase.getByTestId("open-case-submit").click();
		assertThat(sakura.getByTestId("timeline-opportunity")).containsText(title);
		UUID caseId = lastSegment(sakura.url());
		Assertions.assertThat(api.caseOf(SAKURA, caseId).path("opportunityId").asText()).isEqualTo(opportunityId.toString());

		new FullJourney(api).accept(SAKURA, caseId, "UN_PROCUREMENT");
		api.complete(SAKURA, caseId, "ungm-registration", Map.of("ungmVendorId", "UNGM-" + marker, "ungmLevel", "BASIC"));
		api.complete(ADVISOR, caseId, "verify-registration", Map.of("result", "VERIFIED"));
		desk.navigate(url("/cases/" + caseId));
		Locator identify = desk.getByTestId("task-identify-tender");
		assertThat(identify.locator("select[name=agency]")).hasValue("UNICEF");
		assertThat(identify.locator("input[name=noticeId]")).hasValue("LRFP-" + marker);
		assertThat(identify.locator("input[name=title]")).hasValue(title);
		assertThat(identify.locator("input[name=submissionDeadline]")).hasValue(deadline.toString());
		identify.scrollIntoViewIfNeeded();
		Browser.screenshot(desk, "journey-17-04-identify-tender-filled");
		identify.locator("select[name=tenderType]").selectOption("RFP");
		identify.getByTestId("complete").click();
		assertThat(desk.getByTestId("task-identify-tender")).hasCount(0);

		VEvent bidDeadline = feedOf(api, SAKURA).<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> event.getUid().orElseThrow().getValue().startsWith("bid-deadline-" + caseId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no bid deadline of the case in Sakura's feed"));
		Assertions.assertThat(Instant.from(bidDeadline.getDateTimeStart().getDate()))
			.isEqualTo(deadline.atZone(TOKYO).toInstant());
		Assertions.assertThat(feedOf(api, ACME).<VEvent>getComponents("VEVENT"))
			.noneMatch(event -> event.getUid().orElseThrow().getValue().contains(caseId.toString()));
	}

	@Test
	void anEventOfTwoSeatsTakesTwoAndRefusesTheThird() {
		Api api = new Api(http);
		OffsetDateTime starts = OffsetDateTime.now(TOKYO).plusDays(30).truncatedTo(ChronoUnit.DAYS).withHour(10);
		UUID eventId = Api.id(api.post(ADVISOR, "/api/opportunities", Map.of("kind", "EVENT", "title",
				"Exhibition briefing " + UUID.randomUUID().toString().substring(0, 6), "summary",
				"How to show your products to UN agency staff.", "startsAt", starts.toString(), "endsAt",
				starts.plusHours(2).toString(), "venue", "Tokyo", "capacity", 2, "deadline",
				starts.minusDays(3).toString())).getBody());
		Assertions.assertThat(api.post(SUPERVISOR, "/api/opportunities/" + eventId + "/publish", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		for (String user : List.of(ACME, ACME_SECOND)) {
			Assertions.assertThat(api.post(user, "/api/opportunities/" + eventId + "/registrations", null).getStatusCode())
				.as(user).isEqualTo(HttpStatus.CREATED);
		}
		Assertions.assertThat(api.post(SAKURA, "/api/opportunities/" + eventId + "/registrations", null).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		Assertions.assertThat(api.get(SAKURA, "/api/opportunities/" + eventId).getBody().path("seatsLeft").asInt())
			.isZero();

		Page sakura = browser.newPage("en-GB", 360, true);
		sakura.navigate(url("/opportunities/" + eventId));
		Browser.signIn(sakura, SAKURA);
		assertThat(sakura.getByTestId("event-seats")).containsText("0 of 2 seats left");
		Assertions.assertThat(sakura.getByTestId("event-register").count()).as("no way to register").isZero();
		Browser.screenshot(sakura, "journey-17-05-event-full-360");
	}

	private Calendar feedOf(Api api, String user) throws Exception {
		String feed = api.get(user, "/api/calendar/link").getBody().path("url").asText();
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(feed)).GET().build(), HttpResponse.BodyHandlers.ofString());
		Assertions.assertThat(answer.statusCode()).as("the feed needs no credential").isEqualTo(200);
		return new CalendarBuilder().build(new StringReader(answer.body()));
	}

	private static UUID lastSegment(String url) {
		String path = URI.create(url).getPath();
		return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
	}

}
