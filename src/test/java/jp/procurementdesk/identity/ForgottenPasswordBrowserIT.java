package jp.procurementdesk.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.identity.CompanyAccountsIT.newCompanyId;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.MailCatcher.Mail;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An invited user whose set-password mail was lost (or whose link expired) is not stuck:
 * "Forgot password?" on Keycloak's sign-in page mails a new link, they set a password and are
 * signed in to the desk. Screenshots {@code forgotten-password-*} in target/screenshots.
 */
class ForgottenPasswordBrowserIT extends BrowserTest {

	private static final String NEW_PASSWORD = "A-new-password-2026";

	@Autowired
	CompanyAccounts accounts;

	@Test
	void aUserWhoLostTheInvitationSetsAPasswordThroughForgotPassword() {
		String company = newCompanyId();
		String email = "lost.mail@" + company + ".example.com";
		accounts.create(company, email, "Lost Mail", Locale.JAPANESE, false);
		DeskInfrastructure.testMail().awaitReceivedBy(email, 1);

		Page page = browser.newPage("ja-JP");
		page.navigate(url("/"));
		page.locator("a[href*='reset-credentials']").click();
		Browser.screenshot(page, "forgotten-password-1-request");
		page.locator("#username").fill(email);
		page.locator("#username").press("Enter");
		Browser.screenshot(page, "forgotten-password-2-sent");

		List<Mail> mails = DeskInfrastructure.testMail().awaitReceivedBy(email, 2);
		String link = mails.get(1).link("action-token").orElseThrow(() -> new AssertionError(mails.get(1).body()));
		Assertions.assertThat(mails.get(1).subject()).as("in the user's language")
			.containsPattern("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]");
		page.navigate(link.replace("&amp;", "&"));
		Locator proceed = page.locator("a[href*='action-token']");
		if (proceed.count() > 0) {
			proceed.first().click();
		}
		page.locator("#password-new").fill(NEW_PASSWORD);
		page.locator("#password-confirm").fill(NEW_PASSWORD);
		Browser.screenshot(page, "forgotten-password-3-new-password");
		page.locator("#password-confirm").press("Enter");
		page.waitForLoadState();

		page.navigate(url("/"));
		if (page.locator("#username").count() > 0) {
			page.locator("#username").fill(email);
			page.locator("#password").fill(NEW_PASSWORD);
			page.locator("#kc-login").click();
		}
		assertThat(page.getByTestId("greeting")).isVisible();
		Browser.screenshot(page, "forgotten-password-4-signed-in");
		Assertions.assertThat(accounts.list(company)).singleElement()
			.satisfies(account -> Assertions.assertThat(account.invitationPending()).isFalse());
	}

}
