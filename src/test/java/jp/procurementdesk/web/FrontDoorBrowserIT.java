package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.companies.FrontDoor;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.MailCatcher.Mail;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The whole front door in real Chromium, on real Keycloak, PostgreSQL and the mail catcher: a
 * company registers in Japanese, confirms its address from the mail, a supervisor approves it,
 * the new user sets a password on Keycloak's page from Keycloak's own mail, signs in and opens
 * a case. Screenshots of every step: {@code target/screenshots/front-door-*.png}.
 */
class FrontDoorBrowserIT extends BrowserTest {

	private static final String NEW_PASSWORD = "Front-door-2026!";

	@Test
	void aCompanyRegistersIsApprovedSetsItsPasswordAndOpensACase() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "hanako.yamada@kitami-" + suffix + ".example.jp";
		String companyId = "kitami-" + suffix;

		// 1. The registration page, in Japanese; first sent empty, then filled in.
		Page company = browser.newPage("ja-JP");
		company.navigate(url("/register"));
		assertThat(company.locator("h1")).hasText("企業登録");
		Browser.screenshot(company, "front-door-01-register-ja");
		company.getByTestId("register-submit").click();
		assertThat(company.getByTestId("register-errors")).isVisible();
		assertThat(company.locator("#companyName-error")).hasText("入力してください");
		Browser.screenshot(company, "front-door-02-register-errors");
		company.locator("#companyName").fill("Kitami Medical Devices K.K.");
		company.locator("#companyNameJa").fill("北見医療機器株式会社");
		company.locator("#country").selectOption("JP");
		company.locator("#corporateNumber").fill(FrontDoor.freshCorporateNumber());
		company.locator("#website").fill("https://kitami-" + suffix + ".example.jp");
		company.locator("#category-MEDICAL_DEVICE").check();
		company.locator("#category-IMMUNIZATION_DEVICE").check();
		company.locator("#contactName").fill("山田 花子");
		company.locator("#contactEmail").fill(email);
		company.locator("#acceptTerms").check();
		Browser.screenshot(company, "front-door-03-register-filled");
		company.getByTestId("register-submit").click();
		assertThat(company.getByTestId("register-sent")).isVisible();
		Browser.screenshot(company, "front-door-04-check-your-mail");

		// 2. The link of the caught mail: a page with a button, which verifies.
		Mail verification = FrontDoor.mailTo(email, FrontDoor::hasLink);
		Assertions.assertThat(verification.subject()).isEqualTo("国際調達支援デスクへのご登録の確認");
		company.navigate(onThisServer(FrontDoor.linkIn(verification)));
		Browser.screenshot(company, "front-door-05-confirm-address");
		company.getByTestId("verify-confirm").click();
		assertThat(company.getByTestId("register-verified")).isVisible();
		Browser.screenshot(company, "front-door-06-thank-you");
		company.context().close();

		// 3. The supervisor sees it waiting, with its details, and approves it.
		Page sato = signedIn(SUPERVISOR);
		assertThat(sato.getByTestId("registrations-to-review-link")).isVisible();
		Browser.screenshot(sato, "front-door-07-supervisor-home");
		sato.getByTestId("registrations-to-review-link").click();
		Locator row = sato.locator("[data-testid=registrations] tr", new Page.LocatorOptions()
			.setHasText("Kitami Medical Devices K.K."));
		assertThat(row).isVisible();
		Browser.screenshot(sato, "front-door-08-registrations");
		row.locator("a").first().click();
		assertThat(sato.getByTestId("registration-contact")).containsText(email);
		assertThat(sato.locator("#companyId")).hasValue("kitami-medical-devices");
		sato.locator("#decision-APPROVE").check();
		sato.locator("#companyId").fill(companyId);
		Browser.screenshot(sato, "front-door-09-review");
		sato.getByTestId("review-submit").click();
		assertThat(sato.getByTestId("notice")).isVisible();
		Browser.screenshot(sato, "front-door-10-approved");
		sato.context().close();

		// 4. Keycloak's own mail: set a password on Keycloak's page.
		Mail setPassword = FrontDoor.mailTo(email, mail -> mail.body().contains("action-token"));
		Assertions.assertThat(setPassword.subject()).as("in the language the company registered in")
			.containsPattern("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]");
		Page user = browser.newPage("ja-JP");
		user.navigate(keycloakLinkIn(setPassword));
		Browser.screenshot(user, "front-door-11-keycloak-link");
		Locator proceed = user.locator("a[href*='action-token']");
		if (proceed.count() > 0) {
			proceed.first().click();
		}
		user.locator("#password-new").fill(NEW_PASSWORD);
		user.locator("#password-confirm").fill(NEW_PASSWORD);
		Browser.screenshot(user, "front-door-12-keycloak-set-password");
		user.locator("#password-confirm").press("Enter");
		user.waitForLoadState();
		Browser.screenshot(user, "front-door-13-keycloak-password-set");

		// 5. The new user signs in to the desk and opens a case.
		user.navigate(url("/"));
		if (user.locator("#username").count() > 0) {
			user.locator("#username").fill(email);
			user.locator("#password").fill(NEW_PASSWORD);
			user.locator("#kc-login").click();
		}
		assertThat(user.getByTestId("greeting")).isVisible();
		Browser.screenshot(user, "front-door-14-company-home");
		user.navigate(url("/cases/new"));
		user.locator("#productName").fill("Auto-disable syringe AD-05");
		user.locator("#productCategory").selectOption("IMMUNIZATION_DEVICE");
		user.locator("input[name=pathways][value=WHO_PQ]").check();
		user.locator("#summary").fill("WHO PQS prequalification of our auto-disable syringe for UNICEF tenders.");
		user.getByTestId("submit-inquiry").click();
		assertThat(user.getByTestId("notice")).isVisible();
		Browser.screenshot(user, "front-door-15-case-opened");
		Assertions.assertThat(user.url()).contains("/cases/");
	}

	/** The mailed link points at desk.public-url; the test's server has a port of its own. */
	private String onThisServer(String link) {
		return url(link.substring(link.indexOf("/register/")));
	}

	private static String keycloakLinkIn(Mail mail) {
		Matcher link = Pattern.compile("https?://[^\\s\"<>]+action-token[^\\s\"<>]*")
			.matcher(mail.body());
		Assertions.assertThat(link.find()).as("Keycloak's link in " + mail.body()).isTrue();
		return link.group().replace("&amp;", "&");
	}

}
