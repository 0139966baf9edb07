package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;


/** A person signs in through the real Keycloak login page and is greeted. */
class LoginBrowserIT extends BrowserTest {

	@Test
	void companyUserSignsInThroughKeycloakIsGreetedAndSignsOutOfKeycloakToo() {
		Page page = browser.newPage("en-GB");
		page.navigate(home());

		assertThat(page).hasURL(Pattern
			.compile(DeskInfrastructure.forTests().keycloak().issuer() + "/protocol/openid-connect/auth.*"));
		Browser.signIn(page, ACME);

		assertThat(page.getByTestId("greeting")).hasText("Welcome, Emily Carter");
		assertThat(page.getByTestId("nav-user")).containsText("Company user");
		assertThat(page.getByTestId("role")).containsText("Acme Medical Devices");
		Browser.screenshot(page, "home-acme-user-en");

		page.getByText("日本語").click();
		assertThat(page.getByTestId("greeting")).hasText("ようこそ、Emily Carter さん");
		Browser.screenshot(page, "home-acme-user-ja");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("ログアウト")).click();
		// The Keycloak session ended as well: the next visit asks for the password again.
		page.navigate(home());
		assertThat(page.locator("#password")).isVisible();
	}

	@Test
	void supervisorSeesTheRoleAndTheCockpitLink() {
		Page page = browser.newPage("ja-JP");
		page.navigate(home());
		Browser.signIn(page, SUPERVISOR);

		assertThat(page.getByTestId("greeting")).hasText("ようこそ、Hiroshi Sato さん");
		assertThat(page.getByTestId("nav-user")).containsText("スーパーバイザー");
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Camunda Cockpit").setExact(true))).isVisible();
		Browser.screenshot(page, "home-supervisor-ja");
	}

	private String home() {
		return url("/");
	}

}
