package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each role does its part of a case through the pages only, in real Chromium. */
class RoleJourneysBrowserIT extends BrowserTest {

	@Test
	void companySupervisorAndAdvisorTakeACaseToItsFirstPqStep() {
		String product = "Malaria RDT " + UUID.randomUUID().toString().substring(0, 6);
		Page acme = signedIn(ACME);
		Browser.screenshot(acme, "journey-01-company-home");
		acme.getByTestId("open-case").click();
		acme.locator("#productName").fill(product);
		acme.locator("#productCategory").selectOption("IVD");
		acme.locator("input[name=pathways][value=WHO_PQ]").check();
		acme.locator("input[name=targetAgencies][value=UNICEF]").check();
		acme.locator("#summary").fill("We make a rapid diagnostic test for malaria and want WHO prequalification.");
		Browser.screenshot(acme, "journey-02-open-case-form");
		acme.getByTestId("submit-inquiry").click();
		assertThat(acme.getByTestId("notice")).isVisible();
		assertThat(acme.getByTestId("case-status")).hasText("Triage");
		String caseUrl = acme.url();
		Browser.screenshot(acme, "journey-03-company-case-opened");

		Page sato = signedIn(SUPERVISOR);
		assertThat(sato.getByTestId("triage-queue").locator("tbody tr").first()).isVisible();
		Browser.screenshot(sato, "journey-04-supervisor-home");
		sato.navigate(caseUrl);
		Locator triage = sato.getByTestId("task-triage");
		triage.locator("select[name=decision]").selectOption("ACCEPT");
		triage.locator("select[name=advisor]").selectOption(ADVISOR);
		triage.locator("input[name=pathways][value=WHO_PQ]").check();
		Browser.screenshot(sato, "journey-05-supervisor-triage");
		triage.getByTestId("complete").click();
		assertThat(sato.getByTestId("case-status")).hasText("Consultation");
		assertThat(sato.getByTestId("case-advisor")).hasText(ADVISOR);

		Page tanaka = signedIn(ADVISOR);
		Browser.screenshot(tanaka, "journey-06-advisor-home");
		tanaka.navigate(url("/tasks?mine=true&case=" + reference(acme)));
		assertThat(tanaka.getByTestId("task-table")).containsText(reference(acme));
		Browser.screenshot(tanaka, "journey-06b-advisor-task-list");
		tanaka.navigate(caseUrl);
		Locator consultation = tanaka.getByTestId("task-initial-consultation");
		consultation.locator("select[name=readiness]").selectOption("GAPS");
		consultation.locator("textarea[name=plan]").fill("Pre-submission form first, then the full IVD dossier.");
		consultation.locator("input[name=pathways][value=WHO_PQ]").check();
		consultation.getByTestId("complete").click();
		assertThat(tanaka.getByTestId("case-status")).hasText("Plan approval");

		// An expired application session: Keycloak's session signs the user in again, back to the page.
		acme.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
		acme.navigate(caseUrl);
		Assertions.assertThat(acme.url()).startsWith(caseUrl);
		Locator approval = acme.getByTestId("task-approve-plan");
		approval.locator("input[name=accept][value=true]").check();
		approval.getByTestId("complete").click();
		assertThat(acme.getByTestId("case-status")).hasText("In support");

		for (Page page : new Page[] { acme, sato, tanaka }) {
			page.navigate(caseUrl);
			Locator pq = page.getByTestId("pathway-WHO_PQ");
			assertThat(pq.locator("[data-step=pq-eligibility]")).hasAttribute("data-state", "OPEN");
			assertThat(pq.locator("[data-step=prepare-dossier]")).hasAttribute("data-state", "AHEAD");
		}
		Browser.screenshot(acme, "journey-07-company-case-in-support");
		Browser.screenshot(tanaka, "journey-08-advisor-case-in-support");
	}

	@Test
	void languageSwitchTurnsThePageJapaneseAndBack() {
		Page page = signedIn(ACME);
		page.navigate(url("/cases/new"));
		assertThat(page.locator("h1")).hasText("Open a case");

		page.getByTestId("lang-ja").click();
		assertThat(page.locator("h1")).hasText("相談の申し込み");
		assertThat(page.locator("label[for=productCategory]")).containsText("製品カテゴリー");
		Browser.screenshot(page, "language-ja-open-case");

		page.getByTestId("lang-en").click();
		assertThat(page.locator("h1")).hasText("Open a case");
	}

	@Test
	void anotherCompanyGetsTheNotFoundPageForTheCase() {
		Page acme = signedIn(ACME);
		acme.navigate(url("/cases/new"));
		acme.locator("#productName").fill("Blood bag");
		acme.locator("#productCategory").selectOption("MEDICAL_DEVICE");
		acme.locator("input[name=pathways][value=COMPENDIUM]").check();
		acme.locator("#summary").fill("Compendium listing.");
		acme.getByTestId("submit-inquiry").click();
		String caseUrl = acme.url();

		Page sakura = signedIn(SAKURA);
		sakura.navigate(caseUrl);

		assertThat(sakura.getByTestId("error-title")).hasText("Not found");
		assertThat(sakura.locator("body")).not().containsText("Blood bag");
		Browser.screenshot(sakura, "not-found-other-company");
	}

	@Test
	void forbiddenPagesExplainAndFormsWithoutCsrfTokenAreRefused() {
		Page tanaka = signedIn(ADVISOR);
		tanaka.navigate(url("/cases/new"));
		assertThat(tanaka.getByTestId("error-title")).hasText("Not allowed");
		assertThat(tanaka.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Back to home"))).isVisible();
		Browser.screenshot(tanaka, "forbidden-advisor-open-case");

		Page acme = signedIn(ACME);
		APIResponse forged = acme.request().post(url("/cases"),
				RequestOptions.create()
					.setForm(FormData.create()
						.set("productName", "Forged").set("productCategory", "IVD").set("pathways", "WHO_PQ")
						.set("summary", "No CSRF token"))
					.setMaxRedirects(0));
		Assertions.assertThat(forged.status()).isEqualTo(403);
		acme.navigate(url("/cases?q=Forged"));
		assertThat(acme.getByTestId("case-list")).not().containsText("Forged");
	}

	@Test
	void missingRequiredFieldIsShownNextToTheFieldAndNothingIsSaved() {
		Page page = signedIn(SAKURA);
		page.navigate(url("/cases"));
		String before = page.getByTestId("case-list").innerText();
		page.navigate(url("/cases/new"));
		page.locator("#productCategory").selectOption("IVD");
		page.locator("input[name=pathways][value=WHO_PQ]").check();
		page.locator("#summary").fill("Missing the product name.");

		page.getByTestId("submit-inquiry").click();

		assertThat(page.locator("#productName-error")).hasText("is required");
		assertThat(page.locator("#productName")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#summary")).hasValue("Missing the product name.");
		Browser.screenshot(page, "validation-open-case");
		page.navigate(url("/cases"));
		Assertions.assertThat(page.getByTestId("case-list").innerText()).isEqualTo(before);
	}

	private static String reference(Page casePage) {
		return casePage.getByTestId("case-reference").innerText();
	}
}
