package jp.procurementdesk.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Camunda Cockpit behind the desk's Keycloak login: supervisors only, no second login. */
class CamundaSsoBrowserIT extends BrowserTest {

	@Test
	void supervisorLandsInCockpitSignedInWithoutASecondLogin() {
		Page page = browser.newPage("en-GB");
		page.navigate(url("/camunda/app/cockpit/"));
		Browser.signIn(page, SUPERVISOR);

		assertThat(page).hasURL(Pattern.compile(".*/camunda/app/cockpit/default/#/dashboard.*"),
				new PageAssertions.HasURLOptions().setTimeout(90_000));
		// Cockpit shows the user id until the profile (read from Keycloak through the identity
		// plugin) arrives, then the full name, which stays: wait for that one.
		assertThat(page.locator("body")).containsText("Hiroshi Sato",
				new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
		assertThat(page.locator("input[name=password]")).hasCount(0);
		page.navigate(url("/camunda/app/cockpit/default/#/processes"));
		assertThat(page.locator("body")).containsText("Support case",
				new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/cockpit-supervisor.png")));
	}

	@Test
	void advisorsAndCompaniesAreRefused() {
		for (String user : new String[] { ADVISOR, ACME }) {
			Page page = browser.newPage("en-GB");
			page.navigate(url("/camunda/app/cockpit/"));
			Browser.signIn(page, user);
			assertThat(page.getByTestId("error-title")).hasText("Not allowed");
			page.navigate(url("/camunda/api/engine/engine/default/process-definition"));
			assertThat(page.locator("body")).not().containsText("support-case");
		}
	}
}
