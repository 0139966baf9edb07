package jp.procurementdesk.companies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The company page and the supervisors' company pages in real Chromium: the company-admin
 * edits the profile, adds a product (which the inquiry form then offers) and invites and
 * disables a colleague; a plain colleague only reads; the supervisor finds a company,
 * suspends it and reactivates it. Demo data is put back as it was.
 */
class CompanyPagesBrowserIT extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@AfterAll
	static void removeInvited() {
		new RealmUsers().removeFresh();
	}

	@Test
	void theCompanyAdminKeepsTheProfileTheRegisterAndTheColleagues() {
		CompanyCalls calls = new CompanyCalls(http);
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		String product = "Auto-disable syringe " + UUID.randomUUID().toString().substring(0, 6);
		String email = ColleaguesIT.fresh("browser");
		try {
			Page acme = signedIn(ACME);
			acme.onDialog(dialog -> dialog.accept());
			acme.getByTestId("nav-company").click();
			assertThat(acme.getByTestId("company-name")).hasText("Acme Medical Devices");
			Browser.screenshot(acme, "company-01-page");

			acme.getByTestId("edit-profile").locator("summary").click();
			Locator form = acme.getByTestId("profile-form");
			form.locator("#profile-website").fill("http://acme.example.com");
			form.getByTestId("save-profile").click();
			assertThat(acme.locator("#profile-website-error")).hasText("must be an https:// address");
			Browser.screenshot(acme, "company-02-profile-refused");
			form = acme.getByTestId("profile-form");
			form.locator("#profile-website").fill("https://acme-medical.example.com/en");
			// The demo's 4214 and 4229 are ticked families; 4229 is left out, 42221501 typed.
			form.locator("input[name=interestFamilies][value='4229']").uncheck();
			form.locator("#profile-interestUnspsc").fill("4214, 42221501");
			form.locator("input[name=interestAgencies][value=GAVI]").check();
			form.getByTestId("save-profile").click();
			assertThat(acme.getByTestId("notice")).hasText("The profile was saved.");
			assertThat(acme.getByTestId("company-unspsc")).hasText("4214, 42221501");
			Browser.screenshot(acme, "company-03-profile-saved");

			acme.getByTestId("add-product").locator("summary").click();
			Locator productForm = acme.getByTestId("product-form");
			productForm.locator("#product-new-name").fill(product);
			productForm.locator("#product-new-category").selectOption("IMMUNIZATION_DEVICE");
			productForm.locator("#product-new-unspscCode").fill("42142523");
			productForm.locator("input[name=approvals][value=PMDA]").check();
			productForm.locator("input[name=approvals][value=WHO_PQ]").check();
			productForm.getByTestId("save-product").click();
			assertThat(acme.getByTestId("notice")).hasText("The product was added to the register.");
			assertThat(acme.locator("[data-product='" + product + "']")).containsText("WHO prequalified");
			Browser.screenshot(acme, "company-04-product-added");

			acme.getByTestId("invite").locator("summary").click();
			Locator invite = acme.getByTestId("invite-form");
			invite.locator("#invite-name").fill("Jiro Browser");
			invite.locator("#invite-email").fill(email);
			invite.getByTestId("send-invite").click();
			assertThat(acme.getByTestId("notice")).hasText("The invitation was sent.");
			Locator row = acme.locator("[data-username='" + email + "']");
			assertThat(row).containsText("Enabled");
			Browser.screenshot(acme, "company-05-colleague-invited");
			row.getByTestId("disable-user").click();
			assertThat(acme.getByTestId("notice")).hasText("The colleague was disabled.");
			assertThat(acme.locator("[data-username='" + email + "']")).containsText("Disabled");
			assertThat(acme.locator("[data-username='" + ACME + "']").getByTestId("disable-user")).hasCount(0);

			acme.navigate(url("/cases/new"));
			acme.locator("#productId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
					product + " (Immunization device)"));
			assertThat(acme.locator("#productName")).hasValue(product);
			assertThat(acme.locator("#productCategory")).hasValue("IMMUNIZATION_DEVICE");
			Browser.screenshot(acme, "company-06-inquiry-from-register");

			Page phone = browser.newPage("ja-JP", 360, false);
			phone.navigate(url("/company"));
			Browser.signIn(phone, ACME);
			assertThat(phone.getByTestId("company-name")).isVisible();
			phone.getByTestId("add-product").locator("summary").click();
			Browser.screenshot(phone, "company-07-page-ja-360");
		}
		finally {
			calls.restore(ACME, before.getBody());
		}
	}

	@Test
	void aPlainColleagueReadsThePageWithoutForms() {
		Page second = signedIn(ACME_SECOND);
		second.getByTestId("nav-company").click();

		assertThat(second.getByTestId("company-read-only")).isVisible();
		assertThat(second.getByTestId("edit-profile")).hasCount(0);
		assertThat(second.getByTestId("invite")).hasCount(0);
		assertThat(second.getByTestId("add-product")).hasCount(0);
		assertThat(second.getByTestId("disable-user")).hasCount(0);
		assertThat(second.getByTestId("colleagues")).containsText(ACME);
		Browser.screenshot(second, "company-08-plain-colleague");
	}

	@Test
	void theSupervisorFindsSuspendsAndReactivatesACompany() {
		try {
			Page sato = signedIn(SUPERVISOR);
			sato.onDialog(dialog -> dialog.accept());
			sato.getByTestId("nav-companies").click();
			assertThat(sato.getByTestId("registrations-link")).isVisible();
			Browser.screenshot(sato, "companies-01-list");
			sato.locator("#q").fill("さくら");
			sato.locator("form[role=search] button").click();
			assertThat(sato.getByTestId("company-list").locator("tbody tr")).hasCount(1);
			sato.getByTestId("company-list").getByText("Sakura Diagnostics").click();
			assertThat(sato.getByTestId("company-name")).hasText("Sakura Diagnostics");
			assertThat(sato.getByTestId("company-users")).containsText("sakura.user");
			Browser.screenshot(sato, "companies-02-detail");

			Locator status = sato.getByTestId("status-form");
			status.getByTestId("change-status").click();
			assertThat(sato.locator("#reason-error")).hasText("is required");
			sato.getByTestId("status-form").locator("#reason").fill("Unpaid invoices; suspended until settled.");
			sato.getByTestId("status-form").getByTestId("change-status").click();
			assertThat(sato.getByTestId("notice")).hasText("The company was suspended; its users are disabled.");
			assertThat(sato.getByTestId("company-status")).hasText("Suspended");
			assertThat(sato.getByTestId("company-audit")).containsText("Unpaid invoices");
			Browser.screenshot(sato, "companies-03-suspended");

			sato.getByTestId("status-form").locator("#reason").fill("Invoices settled.");
			sato.getByTestId("status-form").getByTestId("change-status").click();
			assertThat(sato.getByTestId("company-status")).hasText("Active");
			sato.getByTestId("company-cases").locator("[data-status=TRIAGE] a").click();
			assertThat(sato.getByTestId("company-filter")).isVisible();
			Browser.screenshot(sato, "companies-04-cases-of-the-company");

			Page phone = browser.newPage("ja-JP", 360, false);
			phone.navigate(url("/companies/" + SAKURA_COMPANY));
			Browser.signIn(phone, SUPERVISOR);
			assertThat(phone.getByTestId("company-name")).isVisible();
			Browser.screenshot(phone, "companies-05-detail-ja-360");
		}
		finally {
			CompanyOversightIT.active(new CompanyCalls(http).api(), SAKURA_COMPANY);
		}
	}

}
