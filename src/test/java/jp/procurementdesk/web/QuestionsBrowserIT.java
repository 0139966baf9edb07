package jp.procurementdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.procurementdesk.support.Axe;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A quick question through the pages, in real Chromium: a company asks in Japanese without a
 * pathway, the supervisor answers at triage, the company reads the answer, rates the support
 * and may ask for full support.
 */
class QuestionsBrowserIT extends BrowserTest {

	static final String ANSWER = "はい。マラリア迅速診断検査はWHO事前認証の対象です。まず製品ドシエのチェックリストをご覧ください。";

	@Test
	void aCompanyAsksInJapaneseTheSupervisorAnswersAndTheCompanyRatesTheSupport() {
		String product = "マラリア迅速検査 " + UUID.randomUUID().toString().substring(0, 6);
		// Content-Security-Policy bypassed for axe only (support/Axe).
		Page sakura = browser.newPage("ja-JP", 1280, true);
		sakura.navigate(url("/"));
		Browser.signIn(sakura, SAKURA);
		sakura.getByTestId("ask-question").click();
		assertThat(sakura.getByTestId("kind-QUESTION")).isChecked();
		sakura.locator("#productName").fill(product);
		sakura.locator("#productCategory").selectOption("IVD");
		sakura.locator("#summary").fill("当社のマラリア迅速診断検査はWHO事前認証の対象になりますか。");
		Browser.screenshot(sakura, "question-01-ask-ja");
		assertThat(sakura.locator("[data-pathways-optional]")).isVisible();
		Assertions.assertThat(Axe.violations(sakura)).as("the question form").isEmpty();
		sakura.getByTestId("submit-inquiry").click();
		assertThat(sakura.getByTestId("case-status")).hasText("トリアージ");
		assertThat(sakura.getByTestId("case-kind")).hasText("質問");
		String caseUrl = sakura.url();
		String reference = sakura.getByTestId("case-reference").innerText();

		Page sato = signedIn(SUPERVISOR);
		sato.navigate(caseUrl);
		Locator triage = sato.getByTestId("task-triage");
		triage.locator("select[name=decision]").selectOption("ANSWER");
		triage.locator("textarea[name=note]").fill(ANSWER);
		Browser.screenshot(sato, "question-02-supervisor-answers");
		triage.getByTestId("complete").click();
		assertThat(sato.getByTestId("case-status")).hasText("Closed");
		assertThat(sato.getByTestId("case-outcome")).hasText("Answered");
		assertThat(sato.getByTestId("ask-support")).hasCount(0);

		sakura.navigate(url("/"));
		assertThat(sakura.getByTestId("surveys")).containsText(reference);
		Browser.screenshot(sakura, "question-03-company-home-survey");
		sakura.getByTestId("surveys").locator("a", new Locator.LocatorOptions().setHasText(reference)).click();
		assertThat(sakura.getByTestId("case-reference")).hasText(reference);
		assertThat(sakura.getByTestId("case-outcome")).hasText("回答済み");
		assertThat(sakura.getByTestId("question-answer")).containsText(ANSWER);
		assertThat(sakura.getByTestId("survey-invite")).isVisible();
		Browser.screenshot(sakura, "question-04-company-reads-answer");
		Assertions.assertThat(Axe.violations(sakura)).as("the answered case with its survey").isEmpty();

		Locator survey = sakura.getByTestId("task-rate-support");
		survey.locator("input[name=rating][value='5']").check();
		survey.locator("select[name=helpful]").selectOption("YES");
		survey.locator("textarea[name=comment]").fill("迅速で分かりやすい回答でした。");
		Browser.screenshot(sakura, "question-05-company-rates");
		survey.getByTestId("complete").click();
		assertThat(sakura.getByTestId("task-rate-support")).hasCount(0);
		assertThat(sakura.getByTestId("survey-invite")).hasCount(0);
		assertThat(sakura.getByTestId("question-answer")).isVisible();
		Browser.screenshot(sakura, "question-06-company-rated");

		sakura.getByTestId("ask-support").click();
		assertThat(sakura.getByTestId("kind-SUPPORT")).isChecked();
		assertThat(sakura.locator("#productName")).hasValue(product);
		assertThat(sakura.locator("#productCategory")).hasValue("IVD");
		Browser.screenshot(sakura, "question-07-ask-for-full-support");
	}

}
