package jp.procurementdesk.support;

import static jp.procurementdesk.support.DemoUsers.PASSWORD;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright; Playwright never downloads a browser here
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} is set by the build).
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Paths.get(System.getProperty("desk.test.chromium", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	public Browser() {
		this.playwright = Playwright.create();
		this.chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
	}

	/** A fresh browser profile (no cookies) with the given language preference. */
	public Page newPage(String locale) {
		return newPage(locale, 1280, false);
	}

	/**
	 * A fresh browser profile of the given viewport width; {@code bypassCsp} lets a test inject a
	 * script of its own (the accessibility checker), which the application's policy forbids.
	 */
	public Page newPage(String locale, int width, boolean bypassCsp) {
		BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setLocale(locale)
			.setViewportSize(width, 800)
			.setBypassCSP(bypassCsp));
		return context.newPage();
	}

	/** Signs in on the Keycloak login page the application redirected to. */
	public static void signIn(Page page, String username) {
		page.locator("#username").fill(username);
		page.locator("#password").fill(PASSWORD);
		page.locator("#kc-login").click();
	}

	/** Saves a screenshot and checks the page shows no untranslated message key. */
	public static void screenshot(Page page, String name) {
		String text = page.locator("body").innerText();
		if (text.contains("??")) {
			throw new AssertionError("Untranslated message key on " + page.url() + ": " + text);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots", name + ".png"))
			.setFullPage(true));
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

}
