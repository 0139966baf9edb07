package jp.procurementdesk.notifications;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher;
import jp.procurementdesk.support.MailCatcher.Mail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications end to end: real events from real process steps, in-app through the API with
 * real tokens, mail through a real SMTP server (GreenMail), which also goes away for a while.
 */
@DeskIntegrationTest
class NotificationsIT {

	static final String EMILY = "emily.carter@acme-medical.example.com";

	static final String DANIEL = "daniel.brooks@acme-medical.example.com";

	static final String HANA = "hana.kobayashi@sakura-diagnostics.example.com";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	MailCatcher mail = DeskInfrastructure.testMail();

	@Test
	void companyTaskNotifiesEveryUserOfThatCompanyAndNoOneElse() throws InterruptedException {
		Api api = new Api(http);
		UUID caseId = requestInformation(api, ACME);
		String reference = api.caseOf(ACME, caseId).path("reference").asText();

		List<Mail> mails = awaitMails(m -> m.subject().contains(reference) && m.subject().contains("Provide information"), 2);
		assertThat(mails).extracting(m -> m.to().get(0)).containsExactlyInAnyOrder(EMILY, DANIEL);
		Mail toEmily = mails.stream().filter(m -> m.to().contains(EMILY)).findFirst().orElseThrow();
		assertThat(toEmily.subject()).isEqualTo("[Procurement Desk] New task on case " + reference + ": Provide information");
		assertThat(toEmily.body()).contains("Hello Emily Carter").contains("http://localhost:8080/cases/" + caseId);
		Thread.sleep(1500);
		assertThat(mail.received()).filteredOn(m -> m.subject().contains(reference))
			.extracting(m -> m.to().get(0))
			.as("the triage went to the supervisor, the company task to the company only")
			.containsExactlyInAnyOrder("hiroshi.sato@procurement-desk.example.org", EMILY, DANIEL);

		for (String user : List.of(ACME, ACME_SECOND)) {
			JsonNode notification = notificationOf(api, user, caseId, "TASK_OPENED");
			assertThat(notification).as(user).isNotNull();
			assertThat(notification.path("parameters").path("taskKey").asText()).isEqualTo("provide-information");
			assertThat(notification.path("caseReference").asText()).isEqualTo(reference);
			assertThat(notification.path("text").asText()).isEqualTo("New task on case " + reference + ": Provide information");
			assertThat(notification.path("read").asBoolean()).isFalse();
		}
		for (String outsider : List.of(SAKURA, ADVISOR, OTHER_ADVISOR)) {
			assertThat(itemsOf(api, outsider, "/api/notifications?size=100")).as(outsider)
				.noneMatch(item -> item.path("caseId").asText().equals(caseId.toString()));
		}
		assertThat(notificationOf(api, SUPERVISOR, caseId, "TASK_OPENED").path("parameters").path("taskKey")
			.asText()).isEqualTo("triage");
	}

	@Test
	void mailsAreInTheRecipientsLanguage() {
		Api api = new Api(http);
		UUID caseId = requestInformation(api, SAKURA);
		String reference = api.caseOf(SAKURA, caseId).path("reference").asText();

		Mail toHana = awaitMails(m -> m.to().contains(HANA) && m.subject().contains(reference), 1).get(0);
		assertThat(toHana.subject())
			.isEqualTo("【国際調達支援デスク】案件 " + reference + " に新しいタスクがあります：" + japaneseTaskName());
		assertThat(toHana.body()).contains("様").contains("/cases/" + caseId);
	}

	@Test
	void mailWaitsForTheSmtpServerAndTheWorkDoesNot() throws InterruptedException {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		String reference = api.caseOf(ACME, caseId).path("reference").asText();
		mail.stop();
		try {
			// The work completes (204) while no SMTP server is there.
			api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "REQUEST_INFO", "note", "Which assay?"));
			assertThat(api.taskId(ACME, caseId, "provide-information")).isNotBlank();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (failedAttempts(reference) < 2 && System.nanoTime() < deadline) {
				Thread.sleep(250);
			}
			assertThat(failedAttempts(reference)).as("failed attempts, retried").isGreaterThanOrEqualTo(2);
			assertThat(notificationOf(api, ACME_SECOND, caseId, "TASK_OPENED")).isNotNull();
		}
		finally {
			mail.startServer();
		}
		List<Mail> mails = awaitMails(m -> m.subject().contains(reference) && m.subject().contains("Provide information"), 2);
		assertThat(mails).extracting(m -> m.to().get(0)).containsExactlyInAnyOrder(EMILY, DANIEL);
		Thread.sleep(1500);
		assertThat(mail.received()).filteredOn(m -> m.subject().contains(reference) && m.subject().contains("Provide"))
			.as("sent once each").hasSize(2);
		// Only this task's mails: the supervisors' mail about the new case may still wait for its retry.
		assertThat(jdbc.sql("select count(*) from desk.mail_outbox where subject like :s and subject like :t and sent_at is null")
			.param("s", "%" + reference + "%")
			.param("t", "%Provide information%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void usersMarkTheirOwnNotificationsRead() {
		Api api = new Api(http);
		UUID caseId = requestInformation(api, ACME);
		String id = notificationOf(api, ACME, caseId, "TASK_OPENED").path("id").asText();
		String ofSecond = notificationOf(api, ACME_SECOND, caseId, "TASK_OPENED").path("id").asText();

		assertThat(api.post(SAKURA, "/api/notifications/" + id + "/read", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.post(ACME_SECOND, "/api/notifications/" + id + "/read", null).getStatusCode())
			.as("another user of the same company").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(notificationOf(api, ACME, caseId, "TASK_OPENED").path("read").asBoolean()).isFalse();

		assertThat(api.post(ACME, "/api/notifications/" + id + "/read", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode read = notificationOf(api, ACME, caseId, "TASK_OPENED");
		assertThat(read.path("read").asBoolean()).isTrue();
		assertThat(read.path("readAt").asText()).isNotBlank();
		assertThat(itemsOf(api, ACME, "/api/notifications?unread=true&size=100"))
			.noneMatch(item -> item.path("id").asText().equals(id));
		assertThat(api.post(ACME, "/api/notifications/" + id + "/read", null).getStatusCode())
			.as("again: no harm").isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(notificationOf(api, ACME_SECOND, caseId, "TASK_OPENED").path("read").asBoolean())
			.as("the other user's copy").isFalse();

		assertThat(api.post(ACME_SECOND, "/api/notifications/read-all", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode unread = api.get(ACME_SECOND, "/api/notifications?unread=true").getBody();
		assertThat(unread.path("total").asLong()).isZero();
		assertThat(unread.path("items")).isEmpty();
		assertThat(itemsOf(api, ACME_SECOND, "/api/notifications?size=100"))
			.anyMatch(item -> item.path("id").asText().equals(ofSecond) && item.path("read").asBoolean());
	}

	@Test
	void listIsPagedNewestFirst() {
		Api api = new Api(http);
		requestInformation(api, ACME);
		requestInformation(api, ACME);
		ResponseEntity<JsonNode> response = api.get(ACME, "/api/notifications?size=2");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode page = response.getBody();
		assertThat(page.path("page").asInt()).isZero();
		assertThat(page.path("size").asInt()).isEqualTo(2);
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(page.path("items")).hasSize(2);
		assertThat(page.path("items").get(0).path("created").asText())
			.isGreaterThanOrEqualTo(page.path("items").get(1).path("created").asText());
		assertThat(api.get(ACME, "/api/notifications?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private UUID requestInformation(Api api, String companyUser) {
		UUID caseId = Api.id(api.openCase(companyUser, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "REQUEST_INFO", "note", "Which assay?"));
		return caseId;
	}

	private long failedAttempts(String reference) {
		return jdbc.sql("select coalesce(max(attempts), 0) from desk.mail_outbox where subject like :s and sent_at is null")
			.param("s", "%" + reference + "%")
			.query(Long.class)
			.single();
	}

	private static String japaneseTaskName() {
		try (var in = NotificationsIT.class.getResourceAsStream("/messages_ja.properties")) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties.getProperty("task.provide-information");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Mail> awaitMails(Predicate<Mail> which, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		List<Mail> found = List.of();
		while (System.nanoTime() < deadline) {
			found = mail.received().stream().filter(which).toList();
			if (found.size() >= count) {
				return found;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Expected " + count + " mails, got " + found + " of " + mail.received());
	}

	static JsonNode notificationOf(Api api, String user, UUID caseId, String kind) {
		return itemsOf(api, user, "/api/notifications?size=100").stream()
			.filter(item -> item.path("caseId").asText().equals(caseId.toString()) && item.path("kind").asText().equals(kind))
			.findFirst()
			.orElse(null);
	}

	static List<JsonNode> itemsOf(Api api, String user, String path) {
		ResponseEntity<JsonNode> response = api.get(user, path);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<JsonNode> items = new ArrayList<>();
		response.getBody().path("items").forEach(items::add);
		return items;
	}

}
