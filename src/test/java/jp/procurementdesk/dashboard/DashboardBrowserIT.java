package jp.procurementdesk.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The supervisors' dashboard in real Chromium: charts drawn, fiscal year switched, a tile followed. */
class DashboardBrowserIT extends BrowserTest {

	@Test
	void supervisorSeesTheChartsSwitchesTheYearAndFollowsATile() {
		Page sato = signedIn(SUPERVISOR);
		sato.getByTestId("nav-dashboard").click();
		assertThat(sato).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(sato.locator("#dashboard-charts")).hasAttribute("data-rendered", "true");
		for (String chart : new String[] { "chart-months", "chart-outcomes", "chart-workload", "chart-funnel" }) {
			assertThat(sato.getByTestId(chart)).isVisible();
		}
		Browser.screenshot(sato, "dashboard-01-current-year");

		String previous = sato.getByTestId("fiscal-year").locator("option").nth(1).getAttribute("value");
		sato.getByTestId("fiscal-year").selectOption(previous);
		assertThat(sato).hasURL(Pattern.compile(".*/dashboard\\?fiscalYear=" + previous + "$"));
		assertThat(sato.getByTestId("fiscal-year")).hasValue(previous);
		assertThat(sato.locator("#dashboard-charts")).hasAttribute("data-rendered", "true");
		assertThat(sato.getByTestId("csv-export")).hasAttribute("href", "/dashboard/cases.csv?fiscalYear=" + previous);
		Browser.screenshot(sato, "dashboard-02-previous-year");

		sato.getByTestId("tile-overdue").click();
		assertThat(sato).hasURL(Pattern.compile(".*/tasks\\?overdue=true$"));
	}

	@Test
	void theHomePageLinksToTheDashboardAndOthersAreRefused() {
		Page sato = signedIn(SUPERVISOR);
		sato.getByTestId("home-dashboard").click();
		assertThat(sato.locator("#dashboard-charts")).hasAttribute("data-rendered", "true");

		Page acme = signedIn(ACME);
		assertThat(acme.getByTestId("nav-dashboard")).hasCount(0);
		Response response = acme.navigate(url("/dashboard"));
		Assertions.assertThat(response.status()).isEqualTo(403);
	}

}
