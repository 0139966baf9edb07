package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.ProductApproval;
import jp.procurementdesk.companies.ProductDraft;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.EventRegistrations;
import jp.procurementdesk.opportunities.Events;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event part of an opportunity's page in real Chromium (on its own page here: the
 * opportunity page includes it with htmx): two seats, a company registers in Japanese at 360 px,
 * another takes the last seat and picks the products it shows, a colleague finds the event full,
 * the desk prints the catalogue and records attendance once an event started.
 */
class EventPagesBrowserIT extends BrowserTest {

	@Autowired
	Opportunities opportunities;

	@Autowired
	EventRegistrations registrations;

	@Autowired
	Products products;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void companiesRegisterForTwoSeatsPickTheirProductsAndTheDeskPrintsTheCatalogue() {
		String product = "Malaria RDT " + UUID.randomUUID().toString().substring(0, 6);
		CurrentUser acmeAdmin = new CurrentUser(ACME, ACME, null, Set.of(DeskRole.COMPANY, DeskRole.COMPANY_ADMIN),
				ACME_COMPANY);
		products.add(acmeAdmin, new ProductDraft(product, ProductCategory.IVD, "41116133",
				Set.of(ProductApproval.CE, ProductApproval.PMDA), "25 tests per kit"));
		UUID id = Events.publish(opportunities, clock, "Exhibition at UN City, Copenhagen", 2).id();
		String part = "/opportunities/" + id + "/event";

		Page sakura = browser.newPage("ja-JP", 360, true);
		sakura.navigate(url(part));
		Browser.signIn(sakura, SAKURA);
		assertThat(sakura.getByTestId("event-seats")).hasText("残り 2 席(定員 2 名)");
		sakura.getByTestId("event-register").click();
		assertThat(sakura.getByTestId("event-registered")).hasText("参加申込み済みです。");
		assertThat(sakura.getByTestId("event-seats")).hasText("残り 1 席(定員 2 名)");
		assertThat(sakura.getByTestId("event-cancel")).isVisible();
		Browser.screenshot(sakura, "event-01-registered-ja-360");
		Assertions.assertThat(((Number) sakura.evaluate("document.documentElement.scrollWidth")).doubleValue())
			.as("no horizontal scrolling at 360 px")
			.isLessThanOrEqualTo(360.0);
		Assertions.assertThat(Axe.violations(sakura)).as("the event part, registered").isEmpty();

		Page acme = browser.newPage("en-GB", 1280, true);
		acme.navigate(url(part));
		Browser.signIn(acme, ACME);
		acme.getByTestId("event-register").click();
		assertThat(acme.getByTestId("event-seats")).hasText("0 of 2 seats left");
		acme.getByTestId("event-products").getByLabel(product).check();
		acme.getByTestId("event-products-save").click();
		assertThat(acme.getByTestId("event-notice")).hasText("The products shown are saved.");
		assertThat(acme.getByTestId("event-products").getByLabel(product)).isChecked();
		Browser.screenshot(acme, "event-02-products-chosen");
		Assertions.assertThat(Axe.violations(acme)).as("the event part with the products form").isEmpty();

		Page second = signedIn(ACME_SECOND);
		second.navigate(url(part));
		assertThat(second.getByTestId("event-closed")).hasText("The event is full.");
		assertThat(second.getByTestId("event-register")).hasCount(0);
		assertThat(second.getByTestId("event-colleagues")).containsText(ACME);
		assertThat(second.getByTestId("event-products").getByLabel(product)).isChecked();
		Browser.screenshot(second, "event-03-full-for-a-colleague");

		Page sato = browser.newPage("en-GB", 1280, true);
		sato.navigate(url(part));
		Browser.signIn(sato, SUPERVISOR);
		assertThat(sato.getByTestId("event-registrations").locator("li")).hasCount(2);
		assertThat(sato.getByTestId("event-attendance-save")).hasCount(0);
		sato.getByTestId("event-catalogue").click();
		assertThat(sato.getByTestId("catalogue-event")).hasText("Exhibition at UN City, Copenhagen");
		assertThat(sato.getByTestId("catalogue-company")).hasCount(2);
		assertThat(sato.locator("[data-company-id=sakura-diagnostics]")).containsText("No products chosen.");
		assertThat(sato.locator("[data-company-id=acme-medical]")).containsText("Acme Medical Devices");
		assertThat(sato.getByTestId("catalogue-product")).containsText(product);
		assertThat(sato.getByTestId("catalogue-approvals")).containsText("PMDA (Japan)");
		assertThat(sato.getByTestId("catalogue-product")).containsText("体外診断");
		Browser.screenshot(sato, "event-04-catalogue");
		Assertions.assertThat(Axe.violations(sato)).as("the catalogue").isEmpty();
		sato.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		Browser.screenshot(sato, "event-05-catalogue-print");
		Assertions.assertThat(sato.locator("header").isVisible()).as("printed without the navigation").isFalse();

		Page refused = signedIn(ACME_SECOND);
		refused.navigate(url("/opportunities/" + id + "/catalogue"));
		assertThat(refused.locator("h1")).containsText("Not allowed");
	}

	@Test
	void theDeskRecordsAttendanceOnceTheEventStarted() {
		OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
		clock.advance(Duration.ofHours(-2));
		UUID id = Events.publish(opportunities, "Seminar on WHO prequalification", 10, now.minusHours(1),
				now.minusMinutes(30)).id();
		registrations.register(id, Events.companyUser(ACME, ACME_COMPANY));
		registrations.register(id, Events.companyUser(SAKURA, "sakura-diagnostics"));
		clock.reset();

		Page sato = signedIn(SUPERVISOR);
		sato.navigate(url("/opportunities/" + id + "/event"));
		sato.getByTestId("event-registrations").getByLabel(SAKURA).check();
		sato.getByTestId("event-attendance-save").click();
		assertThat(sato.getByTestId("event-notice")).hasText("Attendance is saved.");
		assertThat(sato.getByTestId("event-registrations").getByLabel(SAKURA)).isChecked();
		assertThat(sato.getByTestId("event-registrations").getByLabel(ACME)).not().isChecked();
		Browser.screenshot(sato, "event-06-attendance");

		Page acme = signedIn(ACME);
		acme.navigate(url("/opportunities/" + id + "/event"));
		assertThat(acme.getByTestId("event-registered")).isVisible();
		assertThat(acme.getByTestId("event-cancel")).hasCount(0);
		assertThat(acme.getByTestId("event-attendance")).hasCount(0);
	}

}
