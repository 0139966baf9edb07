package jp.procurementdesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the browser tests: one Chromium per test class, the app on its random port. */
@DeskIntegrationTest
public abstract class BrowserTest {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void launchBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	/** A fresh browser profile, signed in through the Keycloak login page, on the home page. */
	protected Page signedIn(String username) {
		Page page = browser.newPage("en-GB");
		page.navigate(url("/"));
		Browser.signIn(page, username);
		assertThat(page.getByTestId("greeting")).isVisible();
		return page;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
