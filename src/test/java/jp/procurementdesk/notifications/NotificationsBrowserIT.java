package jp.procurementdesk.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The bell in the header counts the unread notifications; the notifications page lists and marks them. */
class NotificationsBrowserIT extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void bellCountsUnreadNotificationsAndThePageMarksThemRead() {
		Api api = new Api(http);
		api.post(ACME_SECOND, "/api/notifications/read-all", null);
		UUID first = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, first, "triage", Map.of("decision", "REQUEST_INFO", "note", "Which assay?"));
		UUID second = Api.id(api.openCase(ACME, "IVD", "COMPENDIUM"));
		api.complete(SUPERVISOR, second, "triage", Map.of("decision", "REQUEST_INFO", "note", "Which market?"));
		String reference = api.caseOf(ACME, second).path("reference").asText();

		Page page = browser.newPage("en-GB");
		page.navigate(url("/"));
		Browser.signIn(page, ACME_SECOND);
		assertThat(page.getByTestId("greeting")).isVisible();
		assertThat(page.getByTestId("notification-count")).hasText("2");
		Browser.screenshot(page, "notifications-01-bell");

		page.getByTestId("nav-notifications").click();
		Locator list = page.getByTestId("notification-list");
		assertThat(list).containsText("New task on case " + reference + ": Provide information");
		Locator unread = list.locator("li[data-read=false]");
		assertThat(unread).hasCount(2);
		Browser.screenshot(page, "notifications-02-page");

		unread.first().getByTestId("mark-read").click();
		assertThat(page.getByTestId("notification-count")).hasText("1");
		assertThat(page.getByTestId("notification-list").locator("li[data-read=false]")).hasCount(1);

		page.getByTestId("read-all").click();
		assertThat(page.getByTestId("notice")).isVisible();
		assertThat(page.getByTestId("notification-list").locator("li[data-read=false]")).hasCount(0);
		assertThat(page.getByTestId("notification-count")).hasCount(0);

		page.navigate(url("/notifications?lang=ja"));
		assertThat(page.getByTestId("notification-list")).containsText("案件 " + reference + " に新しいタスクがあります");
		Browser.screenshot(page, "notifications-03-page-ja");
	}

}
