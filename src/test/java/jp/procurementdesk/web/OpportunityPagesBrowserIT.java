package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The opportunity pages in a browser: an advisor writes a UN tender (a refused link first), publishes
 * it; the matching company's user finds it under "matching my company" on a phone, in Japanese, with
 * the notice's markup shown as text and its line breaks kept; the other company does not; the public
 * list shows it without sign-in. Axe finds no WCAG 2.1 AA violation on the pages.
 */
class OpportunityPagesBrowserIT extends BrowserTest {

	@Test
	void anAdvisorPublishesATenderAndTheMatchingCompanyFindsIt() {
		String marker = "b" + UUID.randomUUID().toString().substring(0, 8);
		String title = "<b>Malaria RDTs</b> " + marker;
		String deadline = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(20).truncatedTo(ChronoUnit.MINUTES)
			.withHour(17).withMinute(0).toString();

		Page desk = browser.newPage("en-GB", 1280, true);
		desk.navigate(url("/opportunities"));
		Browser.signIn(desk, ADVISOR);
		desk.getByTestId("opportunity-new").click();
		Locator form = desk.getByTestId("opportunity-form");
		form.getByTestId("opportunity-kind-select").selectOption("UN_TENDER");
		form.getByTestId("opportunity-title-input").fill(title);
		form.getByTestId("opportunity-summary-input").fill("Long-term agreement for malaria rapid tests.\nDelivery to Copenhagen.");
		form.getByTestId("opportunity-agency").selectOption("UNICEF");
		form.getByTestId("opportunity-notice-id-input").fill("LRFP-2026-" + marker);
		form.getByTestId("opportunity-url-input").fill("http://www.ungm.org/Public/Notice/1");
		form.getByTestId("opportunity-deadline-input").fill(deadline);
		form.locator("input[name=productCategories][value=IVD]").check();
		// The families are offered (no code here: sakura's interests name the prefix 4113).
		form.locator("details summary").filter(new Locator.FilterOptions().setHasText("Laboratory")).click();
		assertThat(form.locator("input[name=unspscFamilies][value='41110000']")).isVisible();
		form.getByTestId("opportunity-save").click();

		assertThat(desk.getByTestId("opportunity-errors")).isVisible();
		assertThat(desk.locator("#url-error")).hasText("must be an https:// address");
		looked(desk, "opportunity-01-form-refused");
		desk.getByTestId("opportunity-url-input").fill("https://www.ungm.org/Public/Notice/1");
		desk.getByTestId("opportunity-save").click();

		assertThat(desk.getByTestId("notice")).hasText("The draft is saved. Publish it when it is ready.");
		assertThat(desk.getByTestId("opportunity-status")).hasText("Draft");
		assertThat(desk.getByTestId("opportunity-title")).hasText(title);
		assertThat(desk.getByTestId("opportunity-matched")).containsText("sakura-diagnostics");
		desk.getByTestId("opportunity-publish").click();
		assertThat(desk.getByTestId("notice")).hasText("Published: the users of the matching companies have been told.");
		assertThat(desk.getByTestId("opportunity-status")).hasText("Open");
		assertThat(desk.getByTestId("opportunity-history")).containsText("published by " + ADVISOR);
		looked(desk, "opportunity-02-published");

		Page phone = browser.newPage("ja-JP", 360, true);
		phone.navigate(url("/opportunities?matching=true&q=" + marker));
		Browser.signIn(phone, SAKURA);
		Locator row = phone.getByTestId("opportunity-row");
		assertThat(row).hasCount(1);
		looked(phone, "opportunity-03-list-ja-360");
		row.locator("a").click();
		assertThat(phone.getByTestId("opportunity-title")).hasText(title);
		assertThat(phone.locator("[data-testid=opportunity-title] b")).hasCount(0);
		Assertions.assertThat(phone.getByTestId("opportunity-summary").innerText())
			.isEqualTo("Long-term agreement for malaria rapid tests.\nDelivery to Copenhagen.");
		assertThat(phone.getByTestId("opportunity-url")).hasAttribute("rel", "noopener noreferrer");
		assertThat(phone.getByTestId("opportunity-kind")).hasText("国連入札");
		Assertions.assertThat(phone.getByTestId("opportunity-edit").count()).isZero();
		Assertions.assertThat(phone.getByTestId("opportunity-matched").count()).isZero();
		looked(phone, "opportunity-04-detail-ja-360");

		Page acme = browser.newPage("en-GB");
		acme.navigate(url("/opportunities?matching=true&q=" + marker));
		Browser.signIn(acme, ACME);
		assertThat(acme.getByTestId("opportunity-none")).isVisible();
		acme.navigate(url("/opportunities?q=" + marker));
		assertThat(acme.getByTestId("opportunity-row")).hasCount(1);

		Page visitor = browser.newPage("en-GB", 1280, true);
		visitor.navigate(url("/opportunities/public"));
		assertThat(visitor.getByTestId("opportunity-public-list")).containsText(title);
		assertThat(visitor.getByTestId("opportunity-public-register").locator("a")).hasAttribute("href", "/register");
		looked(visitor, "opportunity-05-public");
	}


	/**
	 * A screenshot to look at, then axe-core on the settled page (the navbar links' colour
	 * transition is over by then).
	 */
	private static void looked(Page page, String name) {
		page.waitForTimeout(300);
		Browser.screenshot(page, name);
		Assertions.assertThat(Axe.violations(page)).as(name).isEmpty();
	}

}
