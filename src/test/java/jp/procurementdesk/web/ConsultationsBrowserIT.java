package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The consultations of the case page in real Chromium: the advisor records one (refused input
 * explained next to each field first) and corrects it; the company reads it, in Japanese on a
 * phone, without any form. axe-core finds no WCAG 2.1 AA violation on either page.
 */
class ConsultationsBrowserIT extends BrowserTest {

	private static final int PHONE = 360;

	@Autowired
	TestRestTemplate http;

	@Test
	void theAdvisorRecordsAndCorrectsAConsultationAndTheCompanyReadsIt() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of("WHO_PQ")));
		String yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString();

		Page advisor = signedIn(ADVISOR, "en-GB", 1280);
		advisor.navigate(url("/cases/" + caseId));
		Locator section = advisor.getByTestId("consultations");
		assertThat(section).containsText("No consultation recorded yet.");
		Locator recordForm = section.getByTestId("consultation-record");
		assertThat(recordForm).hasJSProperty("open", false);
		recordForm.locator("summary").click();
		Locator form = recordForm.getByTestId("consultation-form");
		form.locator("input[name=minutes]").fill("900");
		form.getByTestId("consultation-submit").click();

		// Refused: the form comes back open, each problem next to its field, nothing recorded.
		recordForm = advisor.getByTestId("consultation-record");
		assertThat(recordForm).hasJSProperty("open", true);
		assertThat(recordForm.getByTestId("error-channel")).hasText("is required");
		assertThat(recordForm.getByTestId("error-minutes")).hasText("must be a whole number of minutes from 1 to 600");
		assertThat(recordForm.getByTestId("error-topics")).hasText("choose at least one");
		assertThat(recordForm.getByTestId("error-summary")).hasText("is required");
		assertThat(recordForm.locator("input[name=minutes]")).hasValue("900");
		assertThat(advisor.getByTestId("consultations")).containsText("No consultation recorded yet.");
		Browser.screenshot(advisor, "consultations-01-refused");
		violations(advisor, "advisor refused form");

		form = recordForm.getByTestId("consultation-form");
		form.locator("input[name=heldOn]").fill(yesterday);
		form.locator("select[name=channel]").selectOption("MEETING");
		form.locator("input[name=minutes]").fill("45");
		form.getByLabel("WHO prequalification").check();
		form.getByLabel("Regulatory affairs").check();
		form.locator("input[name=attendees]").fill("Ms Ito (Acme), advisor Tanaka");
		form.locator("textarea[name=summary]").fill("Dossier gaps discussed.\nSRA approval letter <b>missing</b>.");
		form.getByTestId("consultation-submit").click();

		assertThat(advisor.getByTestId("notice")).hasText("The consultation was recorded.");
		Locator record = advisor.getByTestId("consultation-list").locator("li").first();
		assertThat(record.getByTestId("consultation-date")).hasText(yesterday);
		assertThat(record.getByTestId("consultation-channel")).hasText("Meeting");
		assertThat(record.getByTestId("consultation-minutes")).hasText("45 minutes");
		assertThat(record.getByTestId("consultation-topics")).hasText("WHO prequalification, Regulatory affairs");
		assertThat(record.getByTestId("consultation-summary")).containsText("SRA approval letter <b>missing</b>.");
		assertThat(record.getByTestId("consultation-recorded-by")).containsText(ADVISOR);
		assertThat(advisor.getByTestId("timeline")).containsText("Consultation recorded");
		assertThat(advisor.getByTestId("consultation-record")).hasJSProperty("open", false);

		record.getByTestId("consultation-correct").locator("summary").click();
		record.getByTestId("consultation-correct").locator("input[name=minutes]").fill("60");
		record.getByTestId("consultation-correct").getByTestId("consultation-submit").click();
		assertThat(advisor.getByTestId("notice")).hasText("The consultation record was corrected.");
		assertThat(advisor.getByTestId("consultation-list").locator("li").first().getByTestId("consultation-minutes"))
			.hasText("60 minutes");
		assertThat(advisor.getByTestId("timeline")).containsText("Consultation record corrected");
		assertThat(advisor.getByTestId("timeline")).containsText("Minutes: 45 → 60");
		Browser.screenshot(advisor, "consultations-02-recorded-and-corrected");
		violations(advisor, "advisor");
		advisor.context().close();

		Page company = signedIn(ACME, "ja-JP", PHONE);
		company.navigate(url("/cases/" + caseId));
		Locator seen = company.getByTestId("consultations");
		assertThat(seen.locator("h2")).hasText("相談記録");
		assertThat(seen.getByTestId("consultation-channel")).hasText("面談");
		assertThat(seen.getByTestId("consultation-minutes")).hasText("60分");
		assertThat(seen.getByTestId("consultation-record")).hasCount(0);
		assertThat(seen.getByTestId("consultation-correct")).hasCount(0);
		assertThat(seen.locator("form")).hasCount(0);
		seen.scrollIntoViewIfNeeded();
		Browser.screenshot(company, "consultations-03-company-ja-360");
		Assertions.assertThat((Integer) company.evaluate("document.documentElement.scrollWidth")).as("no sideways scroll")
			.isLessThanOrEqualTo(PHONE);
		violations(company, "company");
		company.context().close();
	}

	private Page signedIn(String username, String locale, int width) {
		Page page = browser.newPage(locale, width, true);
		page.navigate(url("/"));
		Browser.signIn(page, username);
		assertThat(page.getByTestId("greeting")).isVisible();
		return page;
	}

	private static void violations(Page page, String who) {
		Assertions.assertThat(Axe.violations(page)).as("axe-core on the %s's case page", who).isEmpty();
	}

}
