package jp.procurementdesk.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.identity.CompanyAccountsIT.newCompanyId;

import java.time.OffsetDateTime;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.RealmAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a disabled company user sees in the browser: their session ends at once; signing in
 * again, Keycloak says the account is disabled; a session still open elsewhere ends on the
 * next page with the desk's "account disabled" page (en, ja). Screenshots in target/screenshots.
 */
class DisabledAccountBrowserIT extends BrowserTest {

	@Autowired
	CompanyAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDisabledUserIsSignedOutAndKeycloakRefusesTheNextSignIn() {
		String company = newCompanyId();
		String user = usableUser(company, "signed.in");
		Page page = signedIn(user);

		accounts.disable(company, user);
		page.navigate(url("/"));

		assertThat(page.locator("#kc-login")).isVisible();
		Browser.signIn(page, user);
		assertThat(page.locator("body")).containsText("disabled");
		Browser.screenshot(page, "account-disabled-keycloak-en");
	}

	@Test
	void aSessionStillOpenEndsOnTheNextPageWithTheAccountDisabledPage() {
		String company = newCompanyId();
		for (String locale : new String[] { "en-GB", "ja-JP" }) {
			String user = usableUser(company, "open." + locale.substring(0, 2));
			Page page = browser.newPage(locale);
			page.navigate(url("/"));
			Browser.signIn(page, user);
			assertThat(page.getByTestId("greeting")).isVisible();
			// The bell asks once the page has loaded; blocked before its answer, the bell would meet the block first.
			page.waitForLoadState(LoadState.NETWORKIDLE);
			jdbc.update("insert into desk.account_block (username, company_id, reason, blocked_at, blocked_by) "
					+ "values (?, ?, 'DISABLED_BY_COMPANY', ?, 'test')", user, company, OffsetDateTime.now());

			page.navigate(url("/cases"));

			assertThat(page.getByTestId("error-title"))
				.hasText(locale.startsWith("ja") ? "アカウントは無効です" : "Account disabled");
			assertThat(page.getByTestId("greeting")).not().isVisible();
			Browser.screenshot(page, "account-disabled-" + locale.substring(0, 2));
		}
	}

	private String usableUser(String company, String name) {
		String email = name + "@" + company + ".example.com";
		accounts.create(company, email, "Test User", Locale.ENGLISH, false);
		RealmAdmin.setPassword(email);
		return email;
	}

}
