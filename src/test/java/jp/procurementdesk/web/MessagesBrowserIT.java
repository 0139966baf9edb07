package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import jp.procurementdesk.support.DeskInfrastructure;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The message box of the case page in real Chromium: the company writes with an attachment, the
 * advisor replies and writes an internal note, the company sees the reply and never the note
 * (page, API, timeline, mails caught), the advisor records the consultation, the company reads it;
 * markup shows as text, links are clickable; unread badges in the lists; Japanese, 360 px, axe.
 */
class MessagesBrowserIT extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void companyAndAdvisorTalkAndTheNoteStaysWithTheDesk() {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, caseId, "triage",
				Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways", List.of("UN_PROCUREMENT")));

		Page acme = signedIn(ACME, "en-GB", 1280);
		acme.navigate(url("/cases/" + caseId));
		assertThat(acme.getByTestId("messages")).containsText("No messages yet.");
		Assertions.assertThat(acme.getByTestId("message-internal-checkbox").count()).as("no note for companies").isZero();
		Locator form = acme.getByTestId("message-form");
		form.getByTestId("message-input").fill("Here is our dossier.\nSee https://example.org/dossier?v=1. <script>alert(1)</script> <b>bold</b>");
		form.getByTestId("message-file").setInputFiles(new FilePayload("dossier.pdf", "application/pdf", Api.pdf("msg")));
		form.getByTestId("message-send").click();
		assertThat(acme.getByTestId("notice")).hasText("Your message was posted.");
		Locator first = acme.getByTestId("message-list").locator("li[data-message]").first();
		assertThat(first.getByTestId("message-author")).hasText("Emily Carter");
		assertThat(first).containsText("(Company)");
		assertThat(first.getByTestId("message-body")).containsText("<script>alert(1)</script> <b>bold</b>");
		Assertions.assertThat(first.getByTestId("message-body").locator("b, script").count()).as("markup is text").isZero();
		Locator link = first.getByTestId("message-body").locator("a");
		assertThat(link).hasAttribute("href", "https://example.org/dossier?v=1");
		assertThat(link).hasAttribute("rel", "noopener noreferrer nofollow");
		assertThat(first.getByTestId("message-attachment")).hasText("dossier.pdf");
		assertThat(acme.getByTestId("document-list")).containsText("dossier.pdf");
		Browser.screenshot(acme, "messages-01-company-posted-with-attachment");

		Page advisor = signedIn(ADVISOR, "en-GB", 1280);
		advisor.navigate(url("/cases"));
		assertThat(advisor.locator("tr", new Page.LocatorOptions().setHasText(api.caseOf(ADVISOR, caseId).path("reference").asText()))
			.getByTestId("unread-badge")).containsText("1");
		advisor.navigate(url("/cases/" + caseId));
		assertThat(advisor.getByTestId("messages-unread")).hasText("1 unread");
		advisor.getByTestId("message-input").fill("Thank you, we are reading it.");
		advisor.getByTestId("message-send").click();
		advisor.getByTestId("message-input").fill("Internal: the QMS certificate expires in May.");
		advisor.getByTestId("message-internal-checkbox").check();
		advisor.getByTestId("message-send").click();
		Locator note = advisor.getByTestId("message-list").locator("li[data-internal=true]");
		assertThat(note).containsText("Internal note");
		assertThat(note).containsText("QMS certificate");
		Browser.screenshot(advisor, "messages-02-advisor-reply-and-internal-note");
		advisor.navigate(url("/cases"));
		Assertions.assertThat(advisor.getByTestId("unread-badge").count()).as("the advisor has read everything").isZero();

		acme.navigate(url("/cases/" + caseId));
		assertThat(acme.getByTestId("message-list")).containsText("Thank you, we are reading it.");
		assertThat(acme.locator("body")).not().containsText("QMS");
		Assertions.assertThat(acme.getByTestId("message-list").locator("li[data-message]").count()).isEqualTo(2);
		Browser.screenshot(acme, "messages-03-company-sees-reply-not-note");
		// Nor by any other channel: the API, the timeline, the mails caught.
		JsonNode seen = api.get(ACME, "/api/cases/" + caseId + "/messages").getBody().path("items");
		Assertions.assertThat(seen.findValuesAsText("body")).hasSize(2).noneMatch(body -> body.contains("QMS"));
		Assertions.assertThat(seen.findValuesAsText("internal")).containsOnly("false");
		Assertions.assertThat(api.get(ACME, "/api/cases/" + caseId + "/timeline").getBody().toString()).doesNotContain("QMS");
		Assertions.assertThat(DeskInfrastructure.testMail().received())
			.noneMatch(mail -> mail.body().contains("QMS") || mail.subject().contains("QMS"));

		// The advisor records the consultation that followed; the company reads it.
		String yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
		advisor.navigate(url("/cases/" + caseId));
		Locator record = advisor.getByTestId("consultation-record");
		record.locator("summary").click();
		Locator consultation = record.getByTestId("consultation-form");
		consultation.locator("input[name=heldOn]").fill(yesterday);
		consultation.locator("select[name=channel]").selectOption("ONLINE");
		consultation.locator("input[name=minutes]").fill("30");
		consultation.getByLabel("UN procurement").check();
		consultation.locator("input[name=attendees]").fill("Emily Carter (Acme), advisor Tanaka");
		consultation.locator("textarea[name=summary]").fill("Walked through the dossier sent with the message.");
		consultation.getByTestId("consultation-submit").click();
		assertThat(advisor.getByTestId("notice")).hasText("The consultation was recorded.");
		Browser.screenshot(advisor, "messages-03b-advisor-recorded-consultation");
		acme.navigate(url("/cases/" + caseId));
		assertThat(acme.getByTestId("consultations").getByTestId("consultation-summary"))
			.containsText("Walked through the dossier");

		Page second = signedIn(ACME_SECOND, "ja-JP", 360);
		second.navigate(url("/cases"));
		assertThat(second.getByTestId("unread-badge").first()).isVisible();
		Browser.screenshot(second, "messages-04-unread-badge-ja-360");
		second.navigate(url("/cases/" + caseId));
		assertThat(second.getByTestId("messages")).containsText("メッセージ");
		assertThat(second.getByTestId("message-list")).containsText("企業");
		assertThat(second.locator("body")).not().containsText("QMS");
		second.getByTestId("messages").scrollIntoViewIfNeeded();
		Browser.screenshot(second, "messages-05-conversation-ja-360");
		Assertions.assertThat(((Number) second.evaluate("() => { const box = document.getElementById('messages');"
				+ " return Math.max(box.getBoundingClientRect().right, box.scrollWidth); }")).intValue())
			.as("the message box fits 360 px").isLessThanOrEqualTo(360);
		Assertions.assertThat(((Number) second.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as("the whole case page, its documents table too, fits 360 px").isLessThanOrEqualTo(360);
		Assertions.assertThat(Axe.violations(second)).isEmpty();
		Assertions.assertThat(Axe.violations(advisorPage(caseId))).isEmpty();
	}

	@Test
	void anEmptyMessageIsExplainedNextToTheField() {
		UUID caseId = Api.id(new Api(http).openCase(ACME, "IVD", "WHO_PQ"));
		Page acme = signedIn(ACME, "en-GB", 1280);
		acme.navigate(url("/cases/" + caseId));
		acme.getByTestId("message-send").click();
		assertThat(acme.getByTestId("error-body")).hasText("is required");
	}

	private Page advisorPage(UUID caseId) {
		Page page = browser.newPage("en-GB", 1280, true);
		page.navigate(url("/"));
		Browser.signIn(page, ADVISOR);
		page.navigate(url("/cases/" + caseId));
		return page;
	}

	private Page signedIn(String username, String locale, int width) {
		Page page = browser.newPage(locale, width, true);
		page.navigate(url("/"));
		Browser.signIn(page, username);
		assertThat(page.getByTestId("greeting")).isVisible();
		return page;
	}

}
