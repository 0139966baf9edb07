package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.FullJourney;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The documents section of the case page in real Chromium: upload, checklist, download, errors. */
class DocumentsBrowserIT extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void companyUploadsTheDossierSeesItTickedAndDownloadsIt() throws Exception {
		UUID caseId = caseAtPrepareDossier();
		Page acme = signedIn(ACME, "en-GB");
		acme.navigate(url("/cases/" + caseId));
		Locator checklist = acme.getByTestId("checklist-prepare-dossier");
		assertThat(checklist.locator("[data-type=PRODUCT_DOSSIER]")).hasAttribute("data-present", "false");
		assertThat(checklist.locator("[data-type=PRODUCT_DOSSIER]")).containsText("missing");

		// Completing the task without its documents: the same message as the API, in the page.
		acme.getByTestId("task-prepare-dossier").getByTestId("complete").click();
		assertThat(acme.getByTestId("error-documents")).hasText(
				"these documents are still missing: Product dossier, Site master file, GMP certificate");

		byte[] pdf = Api.pdf("browser dossier");
		Locator form = acme.getByTestId("upload-form");
		form.locator("select[name=type]").selectOption("PRODUCT_DOSSIER");
		form.locator("input[type=file]").setInputFiles(new FilePayload("dossier-v1.pdf", "application/pdf", pdf));
		Browser.screenshot(acme, "documents-01-before-upload");
		form.getByTestId("upload").click();

		assertThat(acme.getByTestId("notice")).hasText("The document was added.");
		Locator row = acme.getByTestId("document-list").locator("tbody tr").first();
		assertThat(row).containsText("Product dossier");
		assertThat(row).containsText("dossier-v1.pdf");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(row.locator("code")).hasAttribute("title", sha256);
		assertThat(row.locator("code")).hasText(sha256.substring(0, 12) + "…");
		assertThat(acme.getByTestId("checklist-prepare-dossier").locator("[data-type=PRODUCT_DOSSIER]"))
			.hasAttribute("data-present", "true");
		assertThat(acme.getByTestId("checklist-prepare-dossier").locator("[data-type=PRODUCT_DOSSIER]"))
			.containsText("✓");
		assertThat(acme.getByTestId("timeline")).containsText("Document added");
		Browser.screenshot(acme, "documents-02-uploaded-with-checklist");

		Download download = acme.waitForDownload(() -> row.getByTestId("download").click());
		Assertions.assertThat(download.suggestedFilename()).isEqualTo("dossier-v1.pdf");
		Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
	}

	@Test
	void refusedFilesAreExplainedNextToTheFieldInTheUsersLanguage() {
		UUID caseId = Api.id(new Api(http).openCase(ACME, "IVD", "WHO_PQ"));
		Page acme = signedIn(ACME, "ja-JP");
		acme.navigate(url("/cases/" + caseId));
		Locator form = acme.getByTestId("upload-form");
		form.locator("select[name=type]").selectOption("OTHER");
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		form.locator("input[type=file]").setInputFiles(new FilePayload("setup.pdf", "application/pdf", exe));
		form.getByTestId("upload").click();

		assertThat(acme.getByTestId("error-file")).containsText("受け付けていない種類のファイルです");
		assertThat(acme.locator("#document-file")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(acme.locator("#document-type")).hasValue("OTHER");
		Browser.screenshot(acme, "documents-03-refused-type-ja");

		acme.getByTestId("upload-form").locator("input[type=file]")
			.setInputFiles(new FilePayload("notes.txt", "text/plain", "notes".getBytes(StandardCharsets.UTF_8)));
		acme.getByTestId("upload-form").locator("select[name=type]").selectOption("");
		acme.getByTestId("upload-form").getByTestId("upload").click();
		assertThat(acme.getByTestId("error-type")).hasText("入力してください");
	}

	@Test
	void anotherCompanyCannotDownloadThroughThePages() {
		UUID caseId = Api.id(new Api(http).openCase(ACME, "IVD", "WHO_PQ"));
		UUID document = Api.id(new Api(http).uploadPdf(ACME, caseId, "PRODUCT_DOSSIER"));
		Page sakura = signedIn(SAKURA, "en-GB");
		APIResponse response = sakura.request().get(url("/documents/" + document + "/content"));
		Assertions.assertThat(response.status()).isEqualTo(404);
		Assertions.assertThat(response.text()).doesNotContain("%PDF");
	}

	private UUID caseAtPrepareDossier() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "MEDICINE", "WHO_PQ"));
		new FullJourney(api).accept(caseId, "WHO_PQ");
		api.complete(ADVISOR, caseId, "pq-eligibility", Map.of("stream", "MEDICINE", "route", "FULL",
				"eligible", true));
		return caseId;
	}

	private Page signedIn(String username, String locale) {
		Page page = browser.newPage(locale);
		page.navigate(url("/"));
		Browser.signIn(page, username);
		assertThat(page.getByTestId("greeting")).isVisible();
		return page;
	}

}
