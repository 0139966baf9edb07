package jp.procurementdesk.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SAKURA;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Web attacks a browser can try: script injection, framing, session fixation, leaking errors. */
class WebHardeningBrowserIT extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void scriptInACaseSummaryIsShownAsTextAndNeverRuns() {
		Api api = new Api(http);
		ResponseEntity<JsonNode> opened = api.post(ACME, "/api/cases",
				Map.of("productName", "<img src=x onerror=window.pwned=1>", "productCategory", "IVD", "pathways",
						List.of("WHO_PQ"), "summary", "<script>window.pwned=2</script><b>bold</b>"));
		UUID caseId = Api.id(opened.getBody());
		Page page = signedIn(ACME);

		Response response = page.navigate(url("/cases/" + caseId));

		assertThat(page.getByTestId("case-summary")).hasText("<script>window.pwned=2</script><b>bold</b>");
		assertThat(page.getByTestId("case-summary").locator("b")).hasCount(0);
		Assertions.assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
		Map<String, String> headers = response.headers();
		Assertions.assertThat(headers.get("content-security-policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		Assertions.assertThat(headers).containsEntry("x-content-type-options", "nosniff")
			.containsEntry("x-frame-options", "DENY")
			.containsEntry("referrer-policy", "same-origin");
		Browser.screenshot(page, "escaped-script-summary");
	}

	@Test
	void sessionIdChangesAtLoginAndTheCookieIsHttpOnlyAndSameSite() {
		Page page = browser.newPage("en-GB");
		page.navigate(url("/"));
		String before = sessionCookie(page).value;
		Browser.signIn(page, SAKURA);
		assertThat(page.getByTestId("greeting")).isVisible();

		Cookie after = sessionCookie(page);
		Assertions.assertThat(after.value).isNotEqualTo(before);
		Assertions.assertThat(after.httpOnly).isTrue();
		Assertions.assertThat(after.sameSite).isEqualTo(SameSiteAttribute.LAX);
	}

	@Test
	void errorsShowNoStackTraceOrInternals() {
		Page page = signedIn(SAKURA);
		for (String path : new String[] { "/cases/not-a-uuid", "/cases/" + UUID.randomUUID(), "/tasks/x/complete",
				"/no-such-page" }) {
			page.navigate(url(path));
			String text = page.locator("body").innerText();
			Assertions.assertThat(text).as(path).doesNotContain("Exception").doesNotContain("at java.")
				.doesNotContain("org.springframework").doesNotContain("SQL");
			assertThat(page.getByTestId("error-title")).isVisible();
		}
		ResponseEntity<String> api = http.getForEntity("/api/cases/not-a-uuid", String.class);
		Assertions.assertThat(api.getBody()).doesNotContain("Exception").doesNotContain("trace");
	}

	private Cookie sessionCookie(Page page) {
		return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst()
			.orElseThrow();
	}
}
