package jp.procurementdesk.conversation;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher;
import jp.procurementdesk.support.MailCatcher.Mail;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The conversation's mails through a real SMTP server: one per recipient and case and
 * {@code desk.messages.mail-every} (PT10M) listing the messages, in the recipient's language,
 * never an internal note; the in-app notification at once.
 */
@DeskIntegrationTest
class MessageMailsIT {

	static final String KENJI = "kenji.tanaka@procurement-desk.example.org";

	static final String EMILY = "emily.carter@acme-medical.example.com";

	static final String HANA = "hana.kobayashi@sakura-diagnostics.example.com";

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	MailCatcher mail = DeskInfrastructure.testMail();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void threeMessagesInOneWindowMakeOneMailListingThree() throws InterruptedException {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);
		String reference = api.caseOf(ACME, caseId).path("reference").asText();

		talk.posted(ACME, caseId, "First: the dossier is ready.");
		talk.posted(ACME, caseId, "Second: when can we meet?");
		talk.posted(ACME, caseId, "Third: see https://example.org/dossier");
		talk.posted(ADVISOR, caseId, "Internal: ask about the QMS audit", true, List.of());
		assertThat(notifications(api, ADVISOR, caseId)).as("in-app at once, one per message").hasSize(3);
		Thread.sleep(2500);
		assertThat(mailsAbout(KENJI, reference)).as("nothing before the window has passed").isEmpty();

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		List<Mail> mails = awaitMails(KENJI, reference, 1);
		Thread.sleep(2000);
		clock.reset();
		mails = mailsAbout(KENJI, reference);
		assertThat(mails).hasSize(1);
		Mail digest = mails.get(0);
		assertThat(digest.subject()).isEqualTo("[Procurement Desk] New messages on case " + reference + " (3)");
		assertThat(digest.body()).contains("Hello Kenji Tanaka", "First: the dossier is ready.",
				"Second: when can we meet?", "Third: see https://example.org/dossier", "Emily Carter",
				"/cases/" + caseId + "#messages")
			.doesNotContain("QMS");
		assertThat(digest.body().indexOf("First")).isLessThan(digest.body().indexOf("Second"));
		assertThat(mailsAbout(EMILY, reference)).as("the author's company hears nothing of its own messages").isEmpty();
	}

	@Test
	void aMessageReadInTheApplicationBeforeTheWindowEndsIsNotMailed() throws InterruptedException {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(ACME);
		String reference = api.caseOf(ACME, caseId).path("reference").asText();

		talk.posted(ACME, caseId, "Read on the case page already.");
		assertThat(api.post(ADVISOR, "/api/cases/" + caseId + "/messages/read", Map.of()).getStatusCode().value())
			.isEqualTo(204);
		talk.posted(ACME, caseId, "Posted after the advisor read the case.");

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		awaitMails(KENJI, reference, 1);
		Thread.sleep(1500);
		clock.reset();
		List<Mail> mails = mailsAbout(KENJI, reference);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).endsWith("(1)");
		assertThat(mails.get(0).body()).contains("Posted after the advisor read the case.")
			.doesNotContain("Read on the case page already.");
	}

	@Test
	void theDeskWritesTheCompanyInItsLanguageAndNotesReachNoOne() throws InterruptedException {
		Api api = new Api(http);
		Conversations talk = new Conversations(api);
		UUID caseId = talk.advisedCase(SAKURA);
		String reference = api.caseOf(SAKURA, caseId).path("reference").asText();

		talk.posted(ADVISOR, caseId, "社内メモ：価格について確認する", true, List.of());
		talk.posted(ADVISOR, caseId, "書類を受け取りました。");
		assertThat(notifications(api, SAKURA, caseId)).hasSize(1);

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		awaitMails(HANA, reference, 1);
		Thread.sleep(1500);
		clock.reset();
		List<Mail> mails = mailsAbout(HANA, reference);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("【国際調達支援デスク】案件" + reference + "の新しいメッセージ（1件）");
		assertThat(mails.get(0).body()).contains("書類を受け取りました。").doesNotContain("社内メモ").doesNotContain("価格");
	}

	private List<JsonNode> notifications(Api api, String user, UUID caseId) {
		List<JsonNode> found = new java.util.ArrayList<>();
		api.get(user, "/api/notifications?size=100").getBody().path("items").forEach(item -> {
			if (item.path("caseId").asText().equals(caseId.toString()) && "MESSAGE_POSTED".equals(item.path("kind").asText())) {
				found.add(item);
			}
		});
		return found;
	}

	private List<Mail> mailsAbout(String address, String reference) {
		return mail.receivedBy(address).stream()
			.filter(m -> m.subject().contains(reference)
					&& (m.subject().contains("New messages") || m.subject().contains("新しいメッセージ")))
			.toList();
	}

	private List<Mail> awaitMails(String address, String reference, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (mailsAbout(address, reference).size() < count && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		return mailsAbout(address, reference);
	}

}
