package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.opportunities.Notices;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.FullJourney;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * "Open a case from this notice" in real Chromium: a Japanese company user opens a case from a
 * UNICEF tender (refused input comes back on the form), and the advisor finds the case's
 * {@code identify-tender} form filled in from the notice, confirms it and completes it.
 */
class OpportunityCaseBrowserIT extends BrowserTest {

	@Autowired
	Opportunities opportunities;

	@Autowired
	TestRestTemplate http;

	@Test
	void aCompanyOpensACaseFromATenderAndTheAdvisorFindsIdentifyTenderFilledIn() {
		OpportunityView tender = new Notices(opportunities)
			.ivdTender("ユニセフ HIV 迅速検査 長期契約 " + UUID.randomUUID().toString().substring(0, 6));
		Page sakura = browser.newPage("ja-JP", 1280, true);
		sakura.navigate(url("/"));
		Browser.signIn(sakura, SAKURA);

		sakura.navigate(url("/opportunities/" + tender.id() + "/open-case"));
		assertThat(sakura.getByTestId("open-case-notice")).hasText(tender.title());
		Locator form = sakura.getByTestId("open-case-form");
		assertThat(form).containsText("UNICEF");
		Browser.screenshot(sakura, "opportunity-case-01-form-ja");
		Assertions.assertThat(Axe.violations(sakura)).as("the open-case form").isEmpty();

		sakura.getByTestId("open-case-submit").click();
		assertThat(sakura.locator("#oc-summary.is-invalid")).isVisible();
		assertThat(sakura.locator("#oc-productName.is-invalid")).isVisible();
		Browser.screenshot(sakura, "opportunity-case-02-refused-ja");
		Assertions.assertThat(Axe.violations(sakura)).as("the refused form").isEmpty();

		sakura.locator("#oc-productName").fill("さくら HIV 1/2 迅速検査");
		sakura.locator("#oc-productCategory").selectOption("IVD");
		sakura.locator("#oc-summary").fill("この入札に応札したいと考えています。");
		sakura.getByTestId("open-case-submit").click();
		assertThat(sakura.getByTestId("case-status")).hasText("トリアージ");
		assertThat(sakura.getByTestId("timeline-opportunity")).containsText(tender.title());
		String caseUrl = sakura.url();
		UUID caseId = UUID.fromString(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
		Browser.screenshot(sakura, "opportunity-case-03-case-opened-ja");

		Page narrow = browser.newPage("en-GB", 360, false);
		narrow.navigate(url("/"));
		Browser.signIn(narrow, SAKURA);
		narrow.navigate(url("/opportunities/" + tender.id() + "/open-case"));
		assertThat(narrow.getByTestId("open-case-submit")).isVisible();
		Browser.screenshot(narrow, "opportunity-case-04-form-360px-en");

		Api api = new Api(http);
		new FullJourney(api).accept(SAKURA, caseId, "UN_PROCUREMENT");
		api.complete(SAKURA, caseId, "ungm-registration", Map.of("ungmVendorId", "UNGM-778899", "ungmLevel", "BASIC"));
		api.complete(ADVISOR, caseId, "verify-registration", Map.of("result", "VERIFIED"));

		Page tanaka = browser.newPage("en-GB", 1280, true);
		tanaka.navigate(url("/"));
		Browser.signIn(tanaka, ADVISOR);
		tanaka.navigate(caseUrl);
		Locator identify = tanaka.getByTestId("task-identify-tender");
		assertThat(identify.locator("select[name=agency]")).hasValue("UNICEF");
		assertThat(identify.locator("input[name=noticeId]")).hasValue(tender.noticeId());
		assertThat(identify.locator("input[name=title]")).hasValue(tender.title());
		assertThat(identify.locator("input[name=submissionDeadline]")).hasValue(tender.deadline()
			.atZoneSameInstant(ZoneId.of("Asia/Tokyo"))
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		identify.scrollIntoViewIfNeeded();
		Browser.screenshot(tanaka, "opportunity-case-05-identify-tender-filled-en");
		Assertions.assertThat(Axe.violations(tanaka)).as("the case page with the proposed tender").isEmpty();

		identify.locator("select[name=tenderType]").selectOption("RFP");
		identify.getByTestId("complete").click();
		assertThat(tanaka.getByTestId("task-identify-tender")).hasCount(0);
		Assertions.assertThat(api.taskId(SUPERVISOR, caseId, "go-no-go")).isNotBlank();
	}

}
