package jp.procurementdesk.web;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import jp.procurementdesk.companies.FrontDoor;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on the pages of each demo role and on the public
 * registration pages, in Japanese and English, on a desktop and (the home page, the
 * registration form, the company pages) on a 360 px phone. The company opens a case first,
 * whose page the supervisor then checks with its triage form.
 */
@TestMethodOrder(OrderAnnotation.class)
class AccessibilityBrowserIT extends BrowserTest {

	private static final List<String> LOCALES = List.of("ja-JP", "en-GB");

	private static final int DESKTOP = 1280;

	private static final int PHONE = 360;

	private static String caseUrl;

	private final List<String> violations = new ArrayList<>();

	@Autowired
	TestRestTemplate http;

	@Test
	@Order(1)
	void companyPagesHaveNoViolations() {
		for (String locale : LOCALES) {
			Page page = signedIn(ACME, locale, DESKTOP);
			audit(page, "company", locale, "/", "/cases", "/tasks", "/notifications", "/cases/new");
			page.getByTestId("submit-inquiry").click();
			check(page, "company", locale, "cases-new-invalid");
			page.locator("#productName").fill("Oxygen concentrator " + UUID.randomUUID().toString().substring(0, 6));
			page.locator("#productCategory").selectOption("MEDICAL_DEVICE");
			page.locator("input[name=pathways][value=WHO_PQ]").check();
			page.locator("#summary").fill("We make an oxygen concentrator and want WHO prequalification.");
			page.getByTestId("submit-inquiry").click();
			assertThat(page.getByTestId("notice")).isVisible();
			caseUrl = page.url();
			check(page, "company", locale, "case");
			page.navigate(url("/cases/" + UUID.randomUUID()));
			check(page, "company", locale, "not-found");
			companyPage(page, locale);
			page.context().close();
			phone(ACME, "company", locale);
			phone(ACME, "company", locale, "/company");
		}
		assertNoViolations();
	}

	@Test
	@Order(2)
	void supervisorPagesHaveNoViolations() {
		UUID registration = new FrontDoor(http).registeredAndVerified(
				FrontDoor.japaneseCompany(FrontDoor.freshAddress()), "ja");
		for (String locale : LOCALES) {
			Page page = signedIn(SUPERVISOR, locale, DESKTOP);
			audit(page, "supervisor", locale, "/", "/cases", "/tasks", "/notifications", "/dashboard", "/companies",
					"/companies/acme-medical", "/companies/registrations", "/companies/registrations/" + registration);
			page.getByTestId("review-submit").click();
			check(page, "supervisor", locale, "registration-review-invalid");
			if (caseUrl != null) {
				page.navigate(caseUrl);
				check(page, "supervisor", locale, "case");
			}
			page.context().close();
			phone(SUPERVISOR, "supervisor", locale);
			phone(SUPERVISOR, "supervisor", locale, "/companies/acme-medical");
		}
		assertNoViolations();
	}

	@Test
	@Order(3)
	void advisorPagesHaveNoViolations() {
		for (String locale : LOCALES) {
			Page page = signedIn(ADVISOR, locale, DESKTOP);
			audit(page, "advisor", locale, "/", "/cases", "/tasks", "/notifications");
			page.context().close();
			phone(ADVISOR, "advisor", locale);
		}
		assertNoViolations();
	}

	/** The front door, without sign-in: the form (empty, then refused), "check your mail", the link's pages. */
	@Test
	@Order(4)
	void publicPagesHaveNoViolations() {
		for (String locale : LOCALES) {
			Page page = browser.newPage(locale, DESKTOP, true);
			audit(page, "public", locale, "/register", "/register/sent", "/register/verify?token=not-a-real-token");
			page.getByTestId("verify-confirm").click();
			assertThat(page.getByTestId("verify-failed")).isVisible();
			check(page, "public", locale, "register-verify-failed");
			page.navigate(url("/register"));
			page.getByTestId("register-submit").click();
			assertThat(page.getByTestId("register-errors")).isVisible();
			check(page, "public", locale, "register-invalid");
			page.context().close();
			Page phone = browser.newPage(locale, PHONE, true);
			phone.navigate(url("/register"));
			check(phone, "public", locale, "register-" + PHONE);
			phone.context().close();
		}
		assertNoViolations();
	}

	private void audit(Page page, String role, String locale, String... paths) {
		for (String path : paths) {
			page.navigate(url(path));
			check(page, role, locale, path.equals("/") ? "home" : path.substring(1).replace('/', '-'));
		}
	}

	/**
	 * The company page with the company-admin's forms open, then a refused product form (its
	 * problems next to the fields); nothing is saved.
	 */
	private void companyPage(Page page, String locale) {
		page.navigate(url("/company"));
		page.locator("details summary").all().forEach(summary -> summary.click());
		check(page, "company", locale, "company-forms");
		page.getByTestId("product-form").locator("#product-new-unspscCode").fill("123");
		page.getByTestId("save-product").click();
		check(page, "company", locale, "company-product-invalid");
	}

	/** A page at phone width. */
	private void phone(String username, String role, String locale, String path) {
		Page page = signedIn(username, locale, PHONE);
		page.navigate(url(path));
		check(page, role, locale, path.substring(1).replace('/', '-') + "-" + PHONE);
		page.context().close();
	}

	/** The home page at phone width. */
	private void phone(String username, String role, String locale) {
		Page page = signedIn(username, locale, PHONE);
		check(page, role, locale, "home-" + PHONE);
		page.context().close();
	}

	private void check(Page page, String role, String locale, String name) {
		Browser.screenshot(page, "a11y-" + role + "-" + locale + "-" + name);
		Axe.violations(page).forEach(found -> violations.add(role + " " + locale + " " + page.url() + ": " + found));
	}

	private void assertNoViolations() {
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core " + Axe.version() + " found " + violations.size()
					+ " WCAG 2.1 A/AA violations:\n" + String.join("\n", violations));
		}
	}

	/** A fresh profile whose Content-Security-Policy is bypassed (for axe only), signed in, on the home page. */
	private Page signedIn(String username, String locale, int width) {
		Page page = browser.newPage(locale, width, true);
		page.navigate(url("/"));
		Browser.signIn(page, username);
		assertThat(page.getByTestId("greeting")).isVisible();
		return page;
	}

}
