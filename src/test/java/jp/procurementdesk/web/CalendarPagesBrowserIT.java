package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The calendar page in real Chromium: the feed address and how to subscribe, in Japanese at
 * 360 px and in English; replacing the address makes the old one answer 404.
 */
class CalendarPagesBrowserIT extends BrowserTest {

	private static final Pattern FEED = Pattern.compile("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");

	@Test
	void aUserFindsTheirFeedAddressAndReplacesIt() {
		// Content-Security-Policy bypassed for axe only (support/Axe).
		Page sakura = browser.newPage("ja-JP", 360, true);
		sakura.navigate(url("/"));
		Browser.signIn(sakura, SAKURA);
		sakura.getByTestId("nav-calendar").click();
		assertThat(sakura.locator("h1")).hasText("カレンダー連携");
		assertThat(sakura.getByTestId("calendar-url")).hasValue(FEED);
		String before = sakura.getByTestId("calendar-url").inputValue();
		Assertions.assertThat(sakura.request().get(before).status()).isEqualTo(200);
		Browser.screenshot(sakura, "calendar-01-page-ja-360");
		Assertions.assertThat(Axe.violations(sakura)).as("the calendar page (ja, 360 px)").isEmpty();

		sakura.getByTestId("calendar-rotate").click();
		assertThat(sakura.getByTestId("notice")).containsText("新しく");
		assertThat(sakura.getByTestId("calendar-url")).hasValue(FEED);
		String after = sakura.getByTestId("calendar-url").inputValue();
		Assertions.assertThat(after).isNotEqualTo(before);
		Assertions.assertThat(sakura.request().get(before).status()).isEqualTo(404);
		Assertions.assertThat(sakura.request().get(after).status()).isEqualTo(200);
		Browser.screenshot(sakura, "calendar-02-rotated-ja-360");

		Page tanaka = browser.newPage("en-GB", 1280, true);
		tanaka.navigate(url("/calendar"));
		Browser.signIn(tanaka, ADVISOR);
		tanaka.navigate(url("/calendar"));
		assertThat(tanaka.locator("h1")).hasText("Calendar feed");
		assertThat(tanaka.getByTestId("calendar-url")).hasValue(FEED);
		tanaka.getByTestId("calendar-copy").focus();
		tanaka.keyboard().press("Enter");
		Browser.screenshot(tanaka, "calendar-03-page-en");
		Assertions.assertThat(Axe.violations(tanaka)).as("the calendar page (en)").isEmpty();
	}

}
